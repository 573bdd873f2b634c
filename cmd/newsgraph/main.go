package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// Exit statuses.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitPartial     = 3
	exitStoreInUse  = 4
	exitInterrupted = 130
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns its exit status. The first
// SIGINT or SIGTERM cancels the command's context (commands stop cleanly);
// a second one kills the process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // restore the default action for a second signal
	}()
	return execute(ctx, newApp(stdin, stdout, stderr), args)
}

// execute runs args on a, printing any error as one line on a.stderr.
func execute(ctx context.Context, a *app, args []string) int {
	root := newRootCommand(a)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err != nil {
		fmt.Fprintf(a.stderr, "newsgraph: %s\n", oneLine(err.Error()))
	}
	return exitCode(err)
}

// exitCode maps a command's error to the process exit status.
func exitCode(err error) int {
	var usage *usageError
	var cfg *configError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage), errors.As(err, &cfg), isCobraUsage(err):
		return exitUsage
	case errors.Is(err, graph.ErrStoreInUse):
		return exitStoreInUse
	case errors.Is(err, ingest.ErrInterrupted):
		return exitInterrupted
	case errors.Is(err, ingest.ErrFailed), errors.Is(err, errSomeFailed):
		return exitPartial
	}
	return exitFailure
}

// isCobraUsage recognises the errors cobra returns for an unknown command.
func isCobraUsage(err error) bool {
	return strings.HasPrefix(err.Error(), "unknown command ") || strings.HasPrefix(err.Error(), "unknown shorthand flag")
}

// oneLine folds a multi-line error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}
