// The staff namespace's socket.io types: what the server keeps on each console's connection.
import type { Namespace, Socket } from 'socket.io';
import type { StaffClientToServerEvents, StaffServerToClientEvents } from '../../protocol/staff-events.ts';
import type { StaffLogin } from '../staff/logins.ts';

export type StaffNamespace = Namespace<StaffClientToServerEvents, StaffServerToClientEvents>;

export type StaffSocket = Socket<StaffClientToServerEvents, StaffServerToClientEvents, Record<string, never>, { staff: StaffLogin; token: string }>;
