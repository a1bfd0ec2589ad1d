package convert

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.Function1x2[int, int, string](emptyShard)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// ShardName returns the name of shard i of n under prefix, in the form
// Beam's Java and Python SDKs write and tools glob for:
// prefix-00003-of-00016.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// WriteShards writes lines, a PCollection<string> of lines without their
// newline, to shards files named by ShardName, one worker per shard, so that
// the writing spreads over as many workers as there are shards (textio.Write
// puts every line through one). A line goes to the shard its FNV-1a hash
// picks, so the same input gives the same files whatever the runner and the
// bundles; the order of lines within a shard is not kept. Every shard is
// written, empty or not, so a reader of prefix-*-of-N finds N files and
// knows the output is whole. Empty lines are not written.
func WriteShards(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	if shards < 1 {
		shards = 1
	}
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardKeyFn{Shards: shards}, lines)
	every := make([]int, shards)
	for i := range every {
		every[i] = i
	}
	empty := beam.ParDo(s, emptyShard, beam.CreateList(s, every))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, empty))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, grouped)
}

// shardKeyFn keys a line by the shard it goes to.
type shardKeyFn struct {
	Shards int `json:"shards"`
}

// ProcessElement returns the shard of line and the line.
func (fn *shardKeyFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// emptyShard returns an empty line for shard i, which makes the shard's
// group, and so its file, exist when no line hashes to it.
func emptyShard(i int) (int, string) { return i, "" }

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// ProcessElement writes the file of a shard. The whole file is one element,
// so a retried bundle rewrites it from the start; the file system's
// OpenWrite replaces it (an object store commits it on Close).
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
