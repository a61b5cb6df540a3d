// Package gencmd is the command line the generators of the embedded data
// files share: the same flags, and a file written whole or not at all.
package gencmd

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
)

// Main runs a generator named name that makes assets/file: it reads the
// flags -root (the repository root), -data (the shared data folder,
// default ROOT/../shared/data), -out (default ROOT/assets/FILE) and -v
// (statistics to stderr), calls build with the root, the data folder and
// where to write statistics (nil without -v), and writes what it returns.
func Main(name, file string, build func(root, data string, stats io.Writer) ([]byte, error)) {
	log.SetFlags(0)
	log.SetPrefix(name + ": ")
	root := flag.String("root", ".", "repository root")
	data := flag.String("data", "", "data folder (default ROOT/../shared/data)")
	out := flag.String("out", "", "output file (default ROOT/assets/"+file+")")
	verbose := flag.Bool("v", false, "print statistics")
	flag.Parse()

	if *data == "" {
		*data = filepath.Join(*root, "..", "shared", "data")
	}
	if *out == "" {
		*out = filepath.Join(*root, "assets", file)
	}
	var stats io.Writer
	if *verbose {
		stats = os.Stderr
	}
	content, err := build(*root, *data, stats)
	if err != nil {
		log.Fatal(err)
	}
	// Written beside the target and renamed, so that a failed write leaves
	// the old file whole.
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, content, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: wrote %s (%d bytes)\n", name, *out, len(content))
}
