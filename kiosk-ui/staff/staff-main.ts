// The staff console's bundle (its own: the kiosk page never loads it).
import './staff-console.ts';
