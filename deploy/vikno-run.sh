#!/bin/sh
# Runs one of Vikno's TypeScript commands as the server does: as the user vikno, in /opt/vikno, with
# /etc/vikno/vikno.env and the data folder /var/lib/vikno, e.g.
#   sudo /opt/vikno/deploy/vikno-run.sh kiosk-server/staff/staff-add.ts o.petrenko --role admin
# (systemd-run reads the env file exactly as vikno-server.service does). Stays in /opt/vikno/deploy.
set -eu
if [ $# -eq 0 ]; then
  echo "usage: sudo $0 <script.ts> [arguments…]" >&2
  exit 2
fi
exec systemd-run --quiet --pty --wait --collect --uid=vikno --gid=vikno \
  -p WorkingDirectory=/opt/vikno -p Environment=KIOSK_DATA_DIR=/var/lib/vikno -p EnvironmentFile=/etc/vikno/vikno.env \
  /usr/bin/node --import tsx "$@"
