// Package convert is the govnotice conversion as an Apache Beam pipeline:
// the same records as `govnotice convert --format jsonl`, for crawls too
// large for one machine, on any runner of Beam's Go SDK (Dataflow; Flink and
// Spark through the portable runner; Prism, the embedded runner, locally and
// in tests).
//
// # Stages
//
//  1. Inputs. Globs ([Options.Inputs]) are listed, names only, one glob an
//     element; manifests ([Options.Manifests]), files that list one path a
//     line, are read with textio, which splits a long manifest between
//     workers. Listing never asks an object store for sizes: Beam's
//     fileio.MatchFiles stats every object one after another on one worker,
//     hours for millions of objects, and a manifest needs no listing at all.
//  2. A Reshuffle spreads the paths over the workers; without it the worker
//     that listed them would read them all.
//  3. Each path is opened through Beam's filesystem packages (local files,
//     gs://, s3://, whatever the program registers). A WARC file, told by
//     its name (.warc, .warc.gz), is read with the core
//     [github.com/govnotice/govnotice/warc] reader: every HTML or text
//     response with status 200 becomes a page whose input.path and base URL
//     are the record's target URI and whose Content-Type charset is a hint
//     (see below). Its pages are parsed where the file is read: a crawl is
//     thousands of WARC files, which spread the work, and reshuffling pages
//     would move the whole crawl a second time. Any other file is one page.
//  4. Pages are parsed with [parse.Parser], several at once in each bundle
//     ([Options.Parallelism]): a runner that gives a worker one large bundle
//     (Prism does) would otherwise parse on one core.
//  5. Each bundle writes its records to a file of its own, and one worker
//     renames the files at the end to PREFIX-00000-of-0000N.jsonl (see
//     [Build]), so records never pass through the runner: textio.Write
//     would funnel them all through one worker, and any shuffle would move
//     them all (and, on Prism, hold them all in memory). Pages that give no
//     record go, as lines of {"path","file","line","column","error"}, to a
//     dead-letter output written the same way; the rest of their bundle goes
//     on, since an error returned from a DoFn would fail and retry the whole
//     bundle. [Convert] gives the lines as collections instead, and
//     [WriteShards] writes such a collection in a fixed number of files.
//
// # Charset hints
//
// A WARC record's page is parsed with [parse.Parser.ParseFetched], as the
// CLI parses it: its target URI is input.path and the base URL of its
// links, and the charset of its HTTP Content-Type is a hint the core checks
// against the bytes, never an override (servers declare wrong charsets
// often; taken as an override, one page in six of a test crawl failed).
// [Options.Charset] still overrides everything, as --charset does.
//
// # Correctness
//
// Records equal the CLI's for the same files, byte for byte once sorted (the
// pipeline does not keep input order); the tests run the pipeline on Prism
// and compare. Runners retry failed bundles; a bundle's file has a random
// name, and only the files of bundles that succeeded are named to the final
// step, so a record is written once however often its bundle ran.
package convert
