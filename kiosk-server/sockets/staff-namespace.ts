// The staff namespace (/staff): help calls and, later, the live console. Until staff log in (the staff console issue),
// only screens on this machine may listen, so nothing reaches the network without a login.
import type { Server } from 'socket.io';
import { STAFF_NAMESPACE } from '../../protocol/staff-events.ts';
import type { StaffNamespace } from '../help-desk.ts';
import { isLoopback } from '../loopback.ts';

export function registerStaffNamespace(io: Server): StaffNamespace {
  const staff: StaffNamespace = io.of(STAFF_NAMESPACE);
  staff.use((socket, next) => {
    if (isLoopback(socket.handshake.address)) next();
    else next(new Error('staff screens must log in'));
  });
  return staff;
}
