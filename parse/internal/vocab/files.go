package vocab

import (
	"path"
	"slices"
	"strings"
)

// AttachmentExtensions are the extensions, lower case with their dot, of the
// files pages attach to a notice: a link to one is an attachment.
var AttachmentExtensions = []string{".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".zip", ".rar", ".ofd"}

// AttachmentFile reports whether name, a path or a file's name, ends in
// one of AttachmentExtensions, in any case.
func AttachmentFile(name string) bool {
	return slices.Contains(AttachmentExtensions, strings.ToLower(path.Ext(name)))
}

// ImageExtensions are the extensions of the images pages link to beside
// their files: not attachments, but a line that names one is a link, not
// text.
var ImageExtensions = []string{".jpg", ".jpeg", ".png"}

// NamesFile reports whether s ends in the extension of an attachment or of
// an image: the name of a file, which no signer's or title's line is.
func NamesFile(s string) bool {
	ext := strings.ToLower(path.Ext(s))
	return slices.Contains(AttachmentExtensions, ext) || slices.Contains(ImageExtensions, ext)
}
