# Sourced by the scripts that need a local mosquitto: start_local_broker starts one on a free
# loopback port (sets $port, $broker_pid and $workdir, a temporary directory) and
# stop_local_broker, called from the caller's EXIT trap, stops it and removes the directory.

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_local_broker() {
    workdir="$(mktemp -d)"
    port=18830
    while port_in_use "$port"; do port=$((port + 1)); done
    {
        echo "listener $port 127.0.0.1"
        echo "allow_anonymous true"
        echo "log_type all"
        [ "$(id -u)" -eq 0 ] && echo "user root"
    } >"$workdir/mosquitto.conf"
    /usr/sbin/mosquitto -c "$workdir/mosquitto.conf" >>"$workdir/mosquitto.log" 2>&1 &
    broker_pid=$!
    for _ in $(seq 1 100); do
        port_in_use "$port" && break
        kill -0 "$broker_pid" 2>/dev/null || { cat "$workdir/mosquitto.log"; return 1; }
        sleep 0.05 # polling a process we do not control; bounded to five seconds
    done
    echo "== mosquitto listening on 127.0.0.1:$port"
}

stop_local_broker() {
    [ -n "${broker_pid:-}" ] && kill "$broker_pid" 2>/dev/null && wait "$broker_pid" 2>/dev/null
    [ -n "${workdir:-}" ] && rm -rf "$workdir"
    return 0
}
