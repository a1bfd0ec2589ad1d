// Package warc reads the records of WARC files (ISO 28500), the files web
// crawlers write: wget --warc-file, Heritrix, Browsertrix, Common Crawl. It
// is how pages in a crawl reach the parser: [Reader.Next] yields records,
// [Record.Page] tells the pages from the rest, and a page's Body is what
// [github.com/govnotice/govnotice/parse.Parser.ParseReader] reads.
//
//	r := warc.NewReader(f)
//	for rec, err := range r.All() {
//		if err != nil {
//			log.Print(err) // a record skipped, or the last error
//			continue
//		}
//		page, reason := rec.Page()
//		if reason != warc.ReasonNone {
//			skipped[reason]++
//			continue
//		}
//		// parse page.Body, with page.URI as the base URL
//	}
//
// # Format
//
// The reader reads WARC/1.0 and WARC/1.1 records (and WARC/0.17 and 0.18,
// whose framing is the same): a version line, header fields up to an empty
// line, a block of Content-Length bytes, and CRLF CRLF. It is lenient where
// writers differ and the framing stays sure: LF line ends as well as CRLF,
// folded header lines, a missing or extra record end, a target URI in angle
// brackets. It needs the Content-Length, which every writer gives.
//
// A gzipped file is told by its first two bytes, whatever its name. Its
// gzip members may hold one record each (the usual way, which lets an
// index point at a record), the whole file, or several records each; the
// members are read as one stream, so a record may even be split across
// them. A file compressed with zstd (.warc.zst) is refused with
// [ErrCompression].
//
// # Streaming
//
// Records are read one at a time from the [io.Reader], which need not
// seek. A record's block is never held: [Record.Body] reads it from the
// stream, and [Reader.Next] skips what the caller left unread. The reader
// keeps buffers of 64 KiB and at most 1 MiB of one header, so memory does
// not depend on the size of the file or of its records; a record is valid
// until the next call to Next.
//
// # HTTP responses
//
// A response record's block is an HTTP response as the crawler received
// it. [Record.HTTP] reads its status line and header (leniently: crawls
// hold what servers sent) and gives the payload, the entity body, as a
// reader:
//
//   - de-chunked when the response was sent with Transfer-Encoding:
//     chunked;
//   - gunzipped when gzip is its only coding. Crawlers that record the
//     bytes as sent (warcprox, Heritrix with acceptCompression) keep the
//     payload in the coding the server chose, and a page is only readable
//     decoded. A coding the standard library cannot decode (br, deflate,
//     several codings) is left on the payload and named in
//     [Response.Encoding];
//   - cut at the HTTP Content-Length, and an error wrapping [ErrTruncated]
//     when the block holds less (a capture the crawler cut short).
//
// Some crawlers store a payload de-chunked or decoded but keep the header
// that says otherwise (Common Crawl renames it, others do not), so a
// "chunked" payload that does not start with a chunk size, or a "gzip" one
// without the gzip magic bytes, is read as it is.
//
// # Pages
//
// [Record.Page] returns the records worth parsing: an HTTP 200 response
// with an HTML or text Content-Type, or a resource record of such a type
// at an http, https or file URI. Its Charset is the charset the server
// declared, lower case: a hint to check against the bytes, never an
// override, since servers get it wrong. For every other record it returns a
// [Reason] to count: not a response, not HTTP, a bad HTTP head, the
// status, the content type, an unsupported coding.
//
// # Limits
//
// [Reader.MaxSize] (default [DefaultMaxSize], 64 MiB, as for the parser's
// pages) bounds a record's block: a larger record is skipped without being
// read, and Next returns an error wrapping [ErrTooLarge] that names it. It
// also bounds a gzip payload as it is decoded, since a small block can
// decode to gigabytes. A WARC header is kept up to 1 MiB, and so is an
// HTTP head; a line of either over 64 KiB is dropped.
//
// # Errors
//
// A problem with a record is an [*Error] carrying where the record is (its
// offset in the uncompressed stream, the offset of its gzip member in the
// file, its target URI) and why (a sentinel such as [ErrLength],
// [ErrTooLarge], [ErrTruncated], wrapped). Whether reading goes on depends
// on the framing:
//
//   - when the record's Content-Length is known, the record is skipped and
//     the error is not Fatal: the next call to Next reads the record after
//     it. So it is for a record over MaxSize, a malformed header line, a
//     header over its limit;
//   - when the framing is lost, the error is Fatal, and Next returns it
//     again: a missing or invalid Content-Length, bytes that are not a
//     record where one should start (a wrong Content-Length lands there),
//     input that ends inside a record, corrupt gzip data, a read error.
//     The records before it were all returned;
//   - an error in a record's HTTP response or payload concerns that record
//     only and is not Fatal, unless the file itself ends or fails while
//     the record is read.
//
// [IsFatal] tells them apart, and [Reader.All] stops after a Fatal error
// itself. The reader never panics on bad input and always ends: every
// call consumes input or returns a Fatal error.
//
// The package uses the standard library only (compress/gzip, bufio,
// net/http, net/textproto).
package warc
