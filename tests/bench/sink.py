"""A minimal SMTP sink for the benchmarks: accepts every command, reads
DATA to the final dot and throws it away, on 127.0.0.1. Prints its port."""
import socket
import sys
import threading


def serve(conn):
    f = conn.makefile("rb")
    conn.sendall(b"220 sink ESMTP\r\n")
    data = False
    for line in f:
        if data:
            if line == b".\r\n":
                data = False
                conn.sendall(b"250 2.0.0 discarded\r\n")
            continue
        verb = line[:4].upper()
        if verb == b"DATA":
            data = True
            conn.sendall(b"354 go ahead\r\n")
        elif verb == b"QUIT":
            conn.sendall(b"221 2.0.0 bye\r\n")
            break
        elif verb == b"EHLO":
            conn.sendall(b"250-sink\r\n250 8BITMIME\r\n")
        else:
            conn.sendall(b"250 2.0.0 ok\r\n")
    conn.close()


def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    print(s.getsockname()[1], flush=True)
    s.settimeout(float(sys.argv[1]) if len(sys.argv) > 1 else 120)
    try:
        while True:
            c, _ = s.accept()
            threading.Thread(target=serve, args=(c,), daemon=True).start()
    except socket.timeout:
        pass


main()
