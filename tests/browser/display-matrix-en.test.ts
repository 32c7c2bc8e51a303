import { displayMatrix } from '../support/display-matrix.ts';

displayMatrix('en');
