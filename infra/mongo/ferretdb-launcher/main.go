// Command ferretdb-launcher runs FerretDB 1.x (SQLite backend) through its
// embeddable package. We do not use `go install .../cmd/ferretdb` because that
// binary panics at start: its build/version/version.txt is generated upstream
// and absent from the published module; the embeddable package skips that check.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	_ "modernc.org/sqlite" // same driver FerretDB uses; registers "sqlite"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data", "", "directory for the SQLite databases (one file per database)")
	debug := flag.Bool("debug", false, "log at debug level")
	idIndex := flag.Duration("id-index-every", 2*time.Second, "how often to add missing _id lookup indexes (0 disables)")
	flag.Parse()

	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "ferretdb-launcher: -data is required")
		os.Exit(2)
	}
	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-launcher:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-launcher:", err)
		os.Exit(1)
	}

	level := slog.LevelInfo
	if *debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Logger:   logger,
		Handler:  "sqlite",
		// FerretDB wants a directory URI with a trailing slash; each database becomes <name>.sqlite in it.
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		logger.Error("cannot start FerretDB", "error", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	if *idIndex > 0 {
		go keepIDIndexes(ctx, logger, abs, *idIndex)
	}

	logger.Info("ferretdb-launcher listening", "addr", *listen, "data", abs, "pid", os.Getpid())
	if err := f.Run(ctx); err != nil {
		logger.Error("FerretDB stopped with error", "error", err)
		os.Exit(1)
	}
	logger.Info("ferretdb-launcher stopped")
}

// keepIDIndexes works around a FerretDB 1.24 SQLite backend gap: it looks
// documents up by `_ferretdb_sjson->'$._id' = ?`, but the unique _id index
// it creates is on `_ferretdb_sjson->"_id"`, a different expression, so SQLite
// never uses it and every find/update/upsert/delete by _id scans the whole
// table (about 0.25 s per lookup at 20k documents). An index on exactly the
// queried expression turns those scans into index searches. FerretDB creates
// tables at run time (first insert into a new collection), so we look for
// tables without our index every `every` and add it. FerretDB does not know
// about these indexes (listIndexes is unchanged); DROP TABLE removes them.
func keepIDIndexes(ctx context.Context, logger *slog.Logger, dir string, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, f := range files {
			if err := addIDIndexes(ctx, logger, f); err != nil && ctx.Err() == nil {
				logger.Debug("id index pass failed", "file", f, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func addIDIndexes(ctx context.Context, logger *slog.Logger, file string) error {
	// mode=rw: never recreate a database file FerretDB has just dropped.
	// A fresh connection each pass, because a dropped and recreated database
	// is a new file under the same name.
	q := url.Values{}
	q.Set("mode", "rw")
	q.Add("_pragma", "busy_timeout(10000)")
	db, err := sql.Open("sqlite", "file:"+file+"?"+q.Encode())
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	rows, err := db.QueryContext(ctx, `SELECT t.name FROM sqlite_master t
		WHERE t.type = 'table' AND t.name NOT LIKE '\_ferretdb\_%' ESCAPE '\'
		  AND t.sql LIKE '%_ferretdb_sjson TEXT%'
		  AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = 'coopnews_id_' || t.name)`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	for _, table := range tables {
		stmt := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS "coopnews_id_%s" ON "%s" (_ferretdb_sjson->'$._id')`, table, table)
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
		logger.Debug("added _id lookup index", "file", filepath.Base(file), "table", table)
	}
	return nil
}
