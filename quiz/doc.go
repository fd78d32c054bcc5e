// Package quiz will hold the learning engine: questions, options, grading,
// scoring, sessions and review scheduling. It is pure Go: no terminal, file or
// network I/O, with time and randomness passed in.
package quiz
