import { displayMatrix } from '../support/display-matrix.ts';

displayMatrix('uk');
