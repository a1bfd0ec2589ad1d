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
