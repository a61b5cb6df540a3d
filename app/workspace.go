package app

func (w *mainWindow) newWorkspace()  {}
func (w *mainWindow) openWorkspace() {}
func (w *mainWindow) saveWorkspace() {}
