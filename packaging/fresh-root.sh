#!/usr/bin/env bash
# Runs a command on a clean clone of this repository inside a fresh Debian 12 (bookworm) minbase root, as a
# newcomer's new machine would: nothing installed beyond debootstrap's minimal base, root, no display.
#
#   packaging/fresh-root.sh [--export DIR] [COMMAND]   COMMAND defaults to packaging/build-and-test.sh
#   packaging/fresh-root.sh --probe                     exit 0 when a root can be made and entered here
#
# The clone is of HEAD of the repository this script belongs to (commit first: the working tree is not copied).
# The minbase root is made once with debootstrap and kept as a tarball; downloaded .deb files are kept too, so
# a second run installs every package again from scratch without fetching them again. Both live in
# $SS_FRESH_CACHE (default /var/cache/schema-studio/fresh-root). --export DIR binds the host folder DIR at
# /export inside the root, to bring files in or out.
# Exit status: COMMAND's, or 125 when no root could be prepared (no debootstrap, no archive, no mounts).
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${SS_FRESH_CACHE:-/var/cache/schema-studio/fresh-root}
tarball=$cache/bookworm-minbase.tgz
archives=$cache/apt-archives
mirror=${SS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
export_dir=
probe=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --export) export_dir=$(cd "${2:?--export DIR}" && pwd) || exit 125; shift 2 ;;
    --probe) probe=1; shift ;;
    *) break ;;
  esac
done
command=${1:-packaging/build-and-test.sh}

unprepared() {
  echo "fresh-root: $*" >&2
  exit 125
}

[[ $(id -u) -eq 0 ]] || unprepared "needs root (debootstrap, chroot and mounts)"

make_tarball() {
  [[ -f "$tarball" ]] && return 0
  if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1; } ||
      unprepared "debootstrap is not installed and could not be installed"
  fi
  mkdir -p "$cache" || unprepared "cannot create $cache"
  local base
  base=$(mktemp -d /tmp/fresh-root-base.XXXXXX)
  echo "fresh-root: making the Debian 12 minbase root once (kept in $tarball)"
  if ! debootstrap --variant=minbase bookworm "$base" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    rm -rf --one-file-system "$base"
    unprepared "debootstrap failed (see $cache/debootstrap.log)"
  fi
  tar -C "$base" -czf "$tarball.part" . && mv "$tarball.part" "$tarball" || unprepared "cannot write $tarball"
  rm -rf --one-file-system "$base"
}

root=
cleanup() {
  [[ -n "$root" && -d "$root" ]] || return 0
  for m in export var/cache/apt/archives dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

make_tarball
root=$(mktemp -d /tmp/fresh-root.XXXXXX)
tar -C "$root" -xzf "$tarball" || unprepared "cannot unpack $tarball"
# It becomes /: the 0700 of the temporary folder it was made in (kept by tar as ".") would lock every account
# but root out of the whole system, the test servers' among them.
chmod 755 "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
# The network's trust goes with its name service: a machine behind a TLS-inspecting proxy trusts its CA, and a
# new machine on that network would be given it too. Node (npm) reads it from NODE_EXTRA_CA_CERTS.
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/host-ca-certificates.crt" 2>/dev/null || true
mount -t proc proc "$root/proc" && mount --rbind /sys "$root/sys" && mount --bind /dev "$root/dev" ||
  unprepared "cannot mount /proc, /sys and /dev into the root"
mount -t devpts devpts "$root/dev/pts" 2>/dev/null
mount -t tmpfs tmpfs "$root/dev/shm" || unprepared "cannot mount a tmpfs on /dev/shm (PostgreSQL needs one)"
mkdir -p "$archives/partial" && mount --bind "$archives" "$root/var/cache/apt/archives" ||
  unprepared "cannot bind the package cache $archives"
# debootstrap's apt configuration deletes downloaded packages after installing them; keep them for next time.
echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' >"$root/etc/apt/apt.conf.d/10keep-downloads"
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
if [[ -n "$export_dir" ]]; then
  mkdir -p "$root/export" && mount --bind "$export_dir" "$root/export" || unprepared "cannot bind $export_dir"
fi
if [[ $probe -eq 1 ]]; then
  chroot "$root" /bin/true || unprepared "cannot chroot into the root"
  exit 0
fi
git clone -q "$repo" "$root/root/project" || unprepared "cannot clone $repo"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true TERM=dumb \
  NODE_EXTRA_CA_CERTS=/etc/host-ca-certificates.crt \
  bash -c "cd /root/project && $command"
