// Package quietinit silences the standard logger while the program's
// packages initialise, and Restore turns it back on.
//
// Fyne's lang package reads the user's locale in its init function and logs
// three lines of "Error parsing user locale C" where LANG is C or C.UTF-8
// (CI machines, containers), before main runs; `chronomap extract` would
// print them with every run. Go initialises the packages of a program in the
// order of their import paths, each once its imports are done; this package
// imports nothing but the logger, so it runs before Fyne's lang package.
package quietinit

import (
	"io"
	"log"
	"os"
)

func init() { log.SetOutput(io.Discard) }

// Restore sends the standard logger's output to standard error again.
func Restore() { log.SetOutput(os.Stderr) }
