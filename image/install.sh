#!/bin/sh
# Turns a fresh Debian (Raspberry Pi OS or any Debian 12) into a Mamori box. Run as root from a
# checkout or an unpacked release that already has dist/ and production node_modules.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
command -v node >/dev/null || { echo "install Node.js 20 first (the image carries its own)" >&2; exit 1; }

getent group mamori >/dev/null || groupadd --system mamori
getent passwd mamori >/dev/null || useradd --system --gid mamori --home-dir /var/lib/mamori --shell /usr/sbin/nologin mamori
getent group mamori-admin >/dev/null || groupadd mamori-admin

install -d /opt/mamori
cp -a "$SRC/dist" "$SRC/node_modules" "$SRC/package.json" "$SRC/README.md" "$SRC/LICENSE" /opt/mamori/
install -d /opt/mamori/image
install -m 0755 "$SRC/image/firstboot.sh" /opt/mamori/image/firstboot.sh
ln -sf /opt/mamori/dist/cli/mamori.js /usr/bin/mamori

install -m 0644 "$SRC/image/systemd/mamori.service" "$SRC/image/systemd/mamori-firstboot.service" /etc/systemd/system/
install -d /etc/ssh/sshd_config.d
install -m 0644 "$SRC/image/ssh/mamori-admin.conf" /etc/ssh/sshd_config.d/mamori-admin.conf
install -d /etc/nftables.d
install -m 0644 "$SRC/image/nftables/mamori.nft" /etc/nftables.d/mamori.nft

if [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  systemctl enable mamori-firstboot.service mamori.service
  systemctl enable nftables.service 2>/dev/null || true
fi
echo "Mamori installed. Add administrators with: usermod -aG mamori,mamori-admin NAME"
