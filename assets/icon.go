package assets

import _ "embed"

// IconPNG is Chronomap's application icon, a 256×256 PNG of a map pin on a
// timeline. It is plain bytes, not a Fyne resource, so that the packages
// without a user interface that import assets do not pull in Fyne.
//
//go:embed icon.png
var IconPNG []byte
