//go:build ignore

// gen compiles the content's YAML into builtin_data.go, so that httpquiz
// starts without parsing YAML. Run it with `go generate ./content` after
// editing any YAML file here; TestGeneratedDataIsCurrent fails until you do.
package main

import (
	"fmt"
	"go/format"
	"log"
	"os"

	"github.com/httpquiz/httpquiz/content"
)

func main() {
	b, err := content.ParseSources(os.DirFS("."))
	if err != nil {
		log.Fatal(err)
	}
	src, err := format.Source(content.GoSource(b))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("builtin_data.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("builtin_data.go: %d codes, %d scenarios, %d drills\n",
		len(b.Catalogue.Codes()), b.Deck.Len(), len(b.Drills))
}
