// Package pgtest starts throwaway PostgreSQL servers for tests.
//
// Start runs initdb and pg_ctl from /usr/lib/postgresql/*/bin (or from
// $PATH), as the postgres OS user when the test runs as root because initdb
// refuses root, on a free loopback port with a private socket directory,
// with fsync off. The server and its files are removed by t.Cleanup.
//
// Where the binaries are missing the test is skipped with a message saying
// what to install, unless NEWSGRAPH_REQUIRE_ALL=1 is set (as CI sets it),
// in which case it fails.
package pgtest

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// A Server is a running throwaway PostgreSQL server. Its methods may be
// called from one goroutine at a time.
type Server struct {
	bin     string // directory of initdb, pg_ctl, createdb
	dir     string // the temporary root: data/, sock/, log
	port    int
	asUser  string // OS user to run the binaries as; "" for the current one
	mu      sync.Mutex
	running bool
	dbs     int // databases created, to name the next one
}

// Start starts a server, creates a fresh database in it and returns its DSN,
// a postgres:// URL over loopback TCP with sslmode=disable.
func Start(t testing.TB) string {
	t.Helper()
	return StartServer(t).NewDB(t)
}

// StartServer starts a server that t.Cleanup stops and removes.
func StartServer(t testing.TB) *Server {
	t.Helper()
	bin, err := findBin()
	if err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_ALL") == "1" {
			t.Fatalf("PostgreSQL not found (%v), and NEWSGRAPH_REQUIRE_ALL=1: apt-get install postgresql", err)
		}
		t.Skip("PostgreSQL not found: apt-get install postgresql")
	}
	s, err := start(bin)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Errorf("pgtest: %v", err)
		}
		os.RemoveAll(s.dir)
	})
	return s
}

// findBin returns the bin directory of the newest PostgreSQL installed.
func findBin() (string, error) {
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(matches, func(i, j int) bool { return pgVersion(matches[i]) > pgVersion(matches[j]) })
	for _, m := range matches {
		dir := filepath.Dir(m)
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := exec.LookPath("pg_ctl"); err == nil {
			return filepath.Dir(p), nil
		}
	}
	return "", errors.New("no initdb and pg_ctl in /usr/lib/postgresql/*/bin or $PATH")
}

// pgVersion extracts the major version from /usr/lib/postgresql/N/bin/initdb.
func pgVersion(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

func start(bin string) (*Server, error) {
	s := &Server{bin: bin}
	if os.Geteuid() == 0 {
		s.asUser = "postgres"
	}
	dir, err := os.MkdirTemp("", "pgtest")
	if err != nil {
		return nil, err
	}
	s.dir = dir
	if err := s.setup(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// A port found free may be taken before the server binds it: retry.
	for try := 0; ; try++ {
		s.port, err = freePort()
		if err == nil {
			err = s.Start()
		}
		if err == nil || try == 2 {
			break
		}
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return s, nil
}

// setup creates the directories, owned by asUser, and runs initdb.
func (s *Server) setup() error {
	// The temporary root must be traversable by asUser.
	if err := os.Chmod(s.dir, 0o755); err != nil {
		return err
	}
	for _, d := range []string{"data", "sock"} {
		if err := os.Mkdir(filepath.Join(s.dir, d), 0o700); err != nil {
			return err
		}
	}
	if s.asUser != "" {
		u, err := user.Lookup(s.asUser)
		if err != nil {
			return fmt.Errorf("running as root needs the %s user to run initdb: %w", s.asUser, err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		for _, d := range []string{"data", "sock"} {
			if err := os.Chown(filepath.Join(s.dir, d), uid, gid); err != nil {
				return err
			}
		}
		// The log file is created by pg_ctl as asUser: make it a file of theirs.
		if err := os.WriteFile(s.logPath(), nil, 0o644); err != nil {
			return err
		}
		if err := os.Chown(s.logPath(), uid, gid); err != nil {
			return err
		}
	}
	_, err := s.run("initdb", "-D", s.dataDir(), "-U", "postgres", "--auth=trust",
		"-E", "UTF8", "--locale=C", "--no-sync")
	return err
}

func (s *Server) dataDir() string { return filepath.Join(s.dir, "data") }
func (s *Server) sockDir() string { return filepath.Join(s.dir, "sock") }
func (s *Server) logPath() string { return filepath.Join(s.dir, "postgres.log") }

// run runs a PostgreSQL binary as asUser and returns its output, which an
// error includes.
func (s *Server) run(name string, args ...string) ([]byte, error) {
	path := filepath.Join(s.bin, name)
	if s.asUser != "" {
		args = append([]string{"-u", s.asUser, "--", path}, args...)
		path = "runuser"
	}
	cmd := exec.Command(path, args...)
	cmd.Dir = s.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("%s: %w\n%s", name, err, strings.TrimSpace(out.String()))
	}
	return out.Bytes(), nil
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Start starts the server if it is stopped: after Stop, it restarts it on
// the same port with the same data, as a restart of a production server.
func (s *Server) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running {
		return nil
	}
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
		s.port, s.sockDir())
	if _, err := s.run("pg_ctl", "-D", s.dataDir(), "-l", s.logPath(), "-o", opts, "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(s.logPath())
		return fmt.Errorf("start PostgreSQL on port %d: %w\nserver log:\n%s", s.port, err, lastLines(log, 20))
	}
	s.running = true
	return nil
}

// Stop stops the server, aborting open connections (pg_ctl -m fast). The
// data stay, so that Start can bring it back.
func (s *Server) Stop() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.running {
		return nil
	}
	if _, err := s.run("pg_ctl", "-D", s.dataDir(), "-m", "fast", "-w", "-t", "60", "stop"); err != nil {
		return fmt.Errorf("stop PostgreSQL: %w", err)
	}
	s.running = false
	return nil
}

// Port returns the TCP port the server listens on, on 127.0.0.1.
func (s *Server) Port() int { return s.port }

// DSN returns the URL of database db on the server.
func (s *Server) DSN(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// NewDB creates an empty database and returns its DSN.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.dbs++
	name := fmt.Sprintf("newsgraph%d", s.dbs)
	s.mu.Unlock()
	if _, err := s.run("createdb", "-h", s.sockDir(), "-p", strconv.Itoa(s.port), "-U", "postgres", name); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return s.DSN(name)
}

// Log returns the last n lines of the server's log, to show in a failure.
func (s *Server) Log(n int) string {
	b, _ := os.ReadFile(s.logPath())
	return lastLines(b, n)
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
