package pgtest

import (
	"context"
	"database/sql"
	"testing"
	"time"

	_ "github.com/lib/pq" // registers "postgres"
)

func ping(t *testing.T, dsn string) error {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT 1 + 1").Scan(&n); err != nil {
		return err
	}
	if n != 2 {
		t.Errorf("SELECT 1 + 1 = %d, want 2", n)
	}
	return nil
}

func TestStartStopStart(t *testing.T) {
	s := StartServer(t)
	dsn := s.NewDB(t)
	if err := ping(t, dsn); err != nil {
		t.Fatalf("ping %s: %v\n%s", dsn, err, s.Log(20))
	}
	if dsn2 := s.NewDB(t); dsn2 == dsn {
		t.Errorf("NewDB returned %s twice", dsn)
	}
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := ping(t, dsn); err == nil {
		t.Errorf("ping after Stop succeeded")
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	if err := ping(t, dsn); err != nil {
		t.Fatalf("ping after restart: %v\n%s", err, s.Log(20))
	}
}

func TestStart(t *testing.T) {
	if err := ping(t, Start(t)); err != nil {
		t.Fatal(err)
	}
}
