package edit

// A Log is the edits of a set of events, in the order they were made, with
// the last of them perhaps undone: undoing steps back, redoing forward,
// and a new edit drops those undone, as editors do.
type Log struct {
	edits  []Edit
	undone int // how many at the end are undone
}

// NewLog is a log of edits, the last undone of them undone.
func NewLog(edits []Edit, undone int) *Log {
	return &Log{edits: edits, undone: min(max(undone, 0), len(edits))}
}

// Do records e, dropping the edits undone.
func (l *Log) Do(e Edit) {
	l.edits = append(l.edits[:len(l.edits)-l.undone], e)
	l.undone = 0
}

// Undo takes back the last edit in force, and returns it; false when
// there is none.
func (l *Log) Undo() (Edit, bool) {
	if l.undone == len(l.edits) {
		return Edit{}, false
	}
	l.undone++
	return l.edits[len(l.edits)-l.undone], true
}

// Redo puts back the edit undone last, and returns it; false when there
// is none.
func (l *Log) Redo() (Edit, bool) {
	if l.undone == 0 {
		return Edit{}, false
	}
	e := l.edits[len(l.edits)-l.undone]
	l.undone--
	return e, true
}

// InForce are the edits not undone, in order.
func (l *Log) InForce() []Edit { return l.edits[:len(l.edits)-l.undone] }

// Undone are the edits undone, in the order they were made.
func (l *Log) Undone() []Edit { return l.edits[len(l.edits)-l.undone:] }
