#!/bin/sh
# The kiosk screen: Debian's Chromium in kiosk mode on the kiosk page, full screen, with nothing to leave it by.
# Stays in /opt/vikno/deploy; the screen session's autostart entry (deploy/autostart/vikno-screen.desktop) runs it with
# --keep-running, which starts Chromium again whenever it exits or crashes. `npm run kiosk-screen` runs it once by hand.
#
# Settings, from the environment or from ~/.config/vikno-screen.env (VARIABLE=value lines; they win over the environment):
#   KIOSK_URL          the kiosk page (default http://127.0.0.1:8080/)
#   KIOSK_ID           this screen's kiosk id, for a server with KIOSK_IDS (adds ?kiosk=K02)
#   CHROMIUM           the browser (default /usr/bin/chromium)
#   KIOSK_PROFILE_DIR  Chromium's own profile for the kiosk (default ~/.local/state/vikno-screen): never a person's
#                      browser profile; it keeps the screen's pairing between restarts
#
#   --print         print the command line, one argument a line, and start nothing
#   --keep-running  start Chromium again when it exits (2 s later, up to 30 s when it keeps failing at once)
set -eu

settings=${XDG_CONFIG_HOME:-${HOME:-/nonexistent}/.config}/vikno-screen.env
if [ -r "$settings" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$settings"
  set +a
fi
KIOSK_URL=${KIOSK_URL:-http://127.0.0.1:8080/}
KIOSK_ID=${KIOSK_ID:-}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
KIOSK_PROFILE_DIR=${KIOSK_PROFILE_DIR:-${XDG_STATE_HOME:-${HOME:-/tmp}/.local/state}/vikno-screen}
POLICY_FILE=/etc/chromium/policies/managed/vikno-kiosk.json
# A run shorter than this counts as failing at once: wait longer before the next.
QUICK_EXIT_SECONDS=10
MAX_WAIT_SECONDS=30

mode=run
for arg in "$@"; do
  case $arg in
    --print) mode=print ;;
    --keep-running) mode=loop ;;
    *)
      echo "kiosk-screen: unknown option $arg (use --print or --keep-running)" >&2
      exit 2
      ;;
  esac
done

say() {
  echo "kiosk-screen: $*" >&2
  if command -v logger >/dev/null 2>&1; then logger -t vikno-screen -- "$*" || true; fi
}

case $KIOSK_URL in
  http://* | https://*) ;;
  *)
    say "KIOSK_URL must start with http:// or https:// (it is \"$KIOSK_URL\")"
    exit 2
    ;;
esac
url=$KIOSK_URL
if [ -n "$KIOSK_ID" ]; then
  if ! printf '%s' "$KIOSK_ID" | grep -Eqx '[A-Z0-9]{2,8}'; then
    say "KIOSK_ID must be 2–8 capital Latin letters or digits (it is \"$KIOSK_ID\")"
    exit 2
  fi
  case $url in
    *\?*) url="$url&kiosk=$KIOSK_ID" ;;
    */) url="${url}?kiosk=$KIOSK_ID" ;;
    *) url="$url/?kiosk=$KIOSK_ID" ;;
  esac
fi
# scheme://host:port, to look for in the policy's allow-list.
origin=$(printf '%s' "$KIOSK_URL" | sed -E 's#^(https?://[^/?]+).*#\1#')
authority=${origin#*://}

set -- \
  --kiosk \
  --user-data-dir="$KIOSK_PROFILE_DIR" \
  --autoplay-policy=no-user-gesture-required \
  --no-first-run \
  --no-default-browser-check \
  --noerrdialogs \
  --hide-crash-restore-bubble \
  --disable-session-crashed-bubble \
  --disable-infobars \
  --disable-translate \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --disable-features=Translate,TouchpadOverscrollHistoryNavigation,OverscrollHistoryNavigation,MediaRouter \
  --password-store=basic \
  --check-for-update-interval=31536000 \
  "$url"

if [ "$mode" = print ]; then
  printf '%s\n' "$CHROMIUM" "$@"
  exit 0
fi

if [ ! -x "$CHROMIUM" ]; then
  say "$CHROMIUM is not there: sudo apt-get install chromium (or set CHROMIUM)"
  exit 1
fi
if [ ! -f "$POLICY_FILE" ]; then
  say "no kiosk policy in $POLICY_FILE: this screen is not locked down (README, \"Installing in a centre\")"
elif ! grep -q "\"$authority\"" "$POLICY_FILE"; then
  say "$POLICY_FILE does not allow $authority: add it to URLAllowlist, or Chromium will block the kiosk page"
fi

# A new profile starts without the offer to translate the Ukrainian page (the policy's TranslateEnabled does the same
# on an installed screen). Chromium asks to restore the last pages after a crash or a power cut: mark the last run as a
# clean exit.
preferences="$KIOSK_PROFILE_DIR/Default/Preferences"
if [ ! -f "$preferences" ]; then
  mkdir -p "$KIOSK_PROFILE_DIR/Default"
  printf '%s\n' '{"translate":{"enabled":false},"intl":{"accept_languages":"uk,en-GB,en"}}' >"$preferences"
else
  sed -i -e 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' -e 's/"exited_cleanly":false/"exited_cleanly":true/' "$preferences" || true
fi

# Waits (up to 2 minutes) for the kiosk server to answer, so the screen does not open on an error page at boot.
wait_for_server() {
  for _ in $(seq 1 60); do
    if command -v curl >/dev/null 2>&1; then
      curl -fsS -o /dev/null --max-time 3 "$origin/healthz" 2>/dev/null && return 0
    elif command -v wget >/dev/null 2>&1; then
      wget -q -O /dev/null -T 3 "$origin/healthz" 2>/dev/null && return 0
    else
      return 0
    fi
    sleep 2
  done
  say "$origin/healthz does not answer; opening the screen anyway"
}

mkdir -p "$KIOSK_PROFILE_DIR"
if [ "$mode" = run ]; then
  wait_for_server
  exec "$CHROMIUM" "$@"
fi

wait=2
while :; do
  wait_for_server
  say "starting $CHROMIUM on $url"
  started=$(date +%s)
  status=0
  "$CHROMIUM" "$@" || status=$?
  # After a long run, start again soon; when it keeps failing at once, wait longer each time.
  [ $(($(date +%s) - started)) -ge "$QUICK_EXIT_SECONDS" ] && wait=2
  say "Chromium exited (status $status); starting it again in $wait s"
  sleep "$wait"
  wait=$((wait * 2 > MAX_WAIT_SECONDS ? MAX_WAIT_SECONDS : wait * 2))
done
