// Command httpquiz is an interactive tutor for HTTP status codes. The command
// line lives in package cli; this only hands it the arguments.
package main

import (
	"context"
	"os"

	"github.com/httpquiz/httpquiz/cli"
)

func main() { os.Exit(cli.Main(context.Background(), os.Args[1:])) }
