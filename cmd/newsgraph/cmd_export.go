package main

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// exportOptions are the flags of `newsgraph export`.
type exportOptions struct {
	Format            string
	Output            string
	Actor             string
	Depth             int
	Types             []string
	Classes           []string
	Since             string
	Until             string
	MinEvidence       int
	IncludeStatements bool
	KeepIsolated      bool
	Influence         bool
	MaxRenderNodes    int
	MaxRenderEdges    int
}

const exportLong = `Export the knowledge graph for visualisation tools or as raw quads.

Formats (--format, or guessed from the -o extension; graphml by default):
  graphml    GraphML with typed keys (Gephi, Cytoscape, yEd, networkx)
  gexf       GEXF 1.3 with typed attributes and colours (Gephi). networkx
             reads GEXF 1.3 from release 3.6 on; older releases, such as
             Debian 12's 2.8.8, reject it ("No <graph> element in GEXF
             file") unless the 1.3 namespace is registered first, as
             export/testdata/networkx_read.py does: use graphml with them
  dot        Graphviz DOT
  svg, png   a picture laid out with Graphviz, rendered in-process
  cytoscape  Cytoscape.js elements JSON
  csv        nodes.csv and edges.csv: -o DIR writes both files into DIR,
             -o FILE.zip (or standard output) writes a zip holding both
  nquads, pquads, jsonld
             every quad of the store, for backup and re-import: these
             dumps take no filter (--actor, --depth, --types, --class,
             --since, --until, --min-evidence, --include-statements and
             --keep-isolated are refused with them)

The graph formats (all but nquads, pquads and jsonld) hold the actor-graph
view: entities as nodes (type, canonical name, aliases, mentions,
influence) and asserted statements folded into edges (predicate,
influence class, CAMEO code, Goldstein weight, evidence count, first and
last seen, articles, sources). Lists are joined with "|".

Filters: --types keeps nodes, --since/--until keep the evidence (and the
nodes mentioned) in a period, and --class and --min-evidence keep edges.
When --class or --min-evidence is given, the nodes left without any edge
are left out too, in every graph format, so that the conflict edges come
with the actors in conflict only; --keep-isolated keeps them. Pictures
(svg, png) always leave out nodes without edges (unless the graph has no
edge at all, or --keep-isolated), before --max-render-nodes is checked.
Dropping isolated nodes costs one more read of the store.`

func newExportCommand(a *app) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [--format FORMAT] [-o FILE]",
		Short: "Export the graph for Gephi, Cytoscape, yEd and Graphviz, as a picture, or as raw quads",
		Long:  exportLong,
		Example: `  newsgraph export -o influence.graphml
  newsgraph export --format gexf --class verbal-conflict,material-conflict -o conflict.gexf
  newsgraph export --actor Witkoff --depth 2 -o witkoff.svg
  newsgraph export --format csv --min-evidence 2 -o tables/
  newsgraph export --format nquads > backup.nq`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			format, _, err := o.plan()
			if err != nil {
				return err
			}
			if (o.Output == "" || o.Output == "-") && binary(format) && a.isTerminal(a.stdout) {
				return usageErrorf("--format %s is binary; write it to a file with -o or redirect standard output", format)
			}
			ctx := cmd.Context()
			return a.withStore(ctx, func(s *graph.Store) error { return runExport(ctx, o, s, a.stdout) })
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// AddFlags registers the export flags on fs.
func (o *exportOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&o.Format, "format", "f", "", "output format: "+formatNames()+" (default: from -o's extension, else graphml)")
	fs.StringVarP(&o.Output, "output", "o", "", "output file, or directory for csv (default standard output)")
	fs.StringVar(&o.Actor, "actor", "", "export only the actors within --depth hops of this actor (name or alias)")
	fs.IntVar(&o.Depth, "depth", 1, "hops around --actor")
	fs.StringSliceVar(&o.Types, "types", nil, "keep only entities of these types (e.g. Person,Country); default every named type, leaving out Thing (phrases such as \"the deal\" that name no entity); \"all\" keeps Thing too")
	fs.StringSliceVar(&o.Classes, "class", nil, "keep only edges of these influence classes: "+strings.Join(schema.Classes(), ", "))
	fs.StringVar(&o.Since, "since", "", "keep only evidence from articles published on or after this date (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&o.Until, "until", "", "keep only evidence from articles published on or before this date")
	fs.IntVar(&o.MinEvidence, "min-evidence", 0, "keep only edges reported by at least this many articles")
	fs.BoolVar(&o.IncludeStatements, "include-statements", false, "add the sentences behind each edge as a \"statements\" attribute")
	fs.BoolVar(&o.KeepIsolated, "keep-isolated", false, "keep the nodes that --class or --min-evidence leave without edges (and, in pictures, every node without edges)")
	fs.BoolVar(&o.Influence, "influence", true, "score nodes by weighted PageRank as 'newsgraph actors' does, within the --actor neighbourhood when given (one extra pass; --influence=false skips it)")
	fs.IntVar(&o.MaxRenderNodes, "max-render-nodes", export.DefaultMaxRenderNodes, "most nodes svg and png lay out")
	fs.IntVar(&o.MaxRenderEdges, "max-render-edges", export.DefaultMaxRenderEdges, "most edges svg and png lay out")
}

func formatNames() string {
	names := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		names[i] = string(f)
	}
	return strings.Join(names, "|")
}

// extFormats guesses a format from an output file's extension.
var extFormats = map[string]export.Format{
	".graphml": export.GraphML, ".gexf": export.GEXF, ".dot": export.DOT, ".gv": export.DOT,
	".svg": export.SVG, ".png": export.PNG, ".cyjs": export.Cytoscape, ".json": export.Cytoscape,
	".nq": export.NQuads, ".nquads": export.NQuads, ".pq": export.PQuads, ".pquads": export.PQuads,
	".jsonld": export.JSONLD, ".zip": export.CSV,
}

// binary reports whether format f writes bytes a terminal cannot show.
func binary(f export.Format) bool {
	return f == export.PNG || f == export.PQuads || f == export.CSV
}

// exportStore is what runExport needs of the store.
type exportStore interface {
	export.View
	export.Neighbours
	export.Dumper
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
}

// plan turns the flags into a format and export options.
func (o *exportOptions) plan() (export.Format, export.Options, error) {
	var opt export.Options
	format := export.GraphML
	switch {
	case o.Format != "":
		f, err := export.ParseFormat(o.Format)
		if err != nil {
			return "", opt, usageErrorf("--format: %v", err)
		}
		format = f
	case o.Output != "" && o.Output != "-":
		if f, ok := extFormats[strings.ToLower(filepath.Ext(o.Output))]; ok {
			format = f
		} else if st, err := os.Stat(o.Output); err == nil && st.IsDir() {
			format = export.CSV
		}
	}
	f, err := analysis.ParseFilter(o.Since, o.Until, o.Classes)
	if err != nil {
		return "", opt, usageErrorf("%v", err)
	}
	opt.Filter = f
	for _, t := range o.Types {
		if strings.EqualFold(strings.TrimSpace(t), "all") {
			continue
		}
		et, ok := entityType(t)
		if !ok {
			return "", opt, usageErrorf("--types: unknown entity type %q (want e.g. Person, Organization, Country, Location)", t)
		}
		opt.Filter.Types = append(opt.Filter.Types, et)
	}
	if len(o.Types) == 0 {
		opt.Filter.Types = namedTypes()
	}
	if o.MinEvidence < 0 || o.Depth < 0 {
		return "", opt, usageErrorf("--min-evidence and --depth cannot be negative")
	}
	opt.Filter.MinEvidence = o.MinEvidence
	opt.Actor, opt.Depth = o.Actor, o.Depth
	opt.IncludeStatements = o.IncludeStatements
	opt.KeepIsolated = o.KeepIsolated
	opt.MaxRenderNodes, opt.MaxRenderEdges = o.MaxRenderNodes, o.MaxRenderEdges
	if o.Influence {
		opt.Rank = pageRank
	}
	if format.Raw() && (o.Actor != "" || len(o.Types) > 0 || len(opt.Filter.Classes) > 0 ||
		!opt.Filter.Since.IsZero() || !opt.Filter.Until.IsZero() || o.MinEvidence > 0 || o.IncludeStatements || o.KeepIsolated) {
		return "", opt, usageErrorf("--format %s dumps every quad and takes no filter; --actor, --depth, --types, --class, --since, --until, --min-evidence, --include-statements and --keep-isolated apply to the graph formats only", format)
	}
	return format, opt, nil
}

// namedTypes lists the vocabulary's entity types but Thing: the default
// of export --types.
func namedTypes() []schema.EntityType {
	var ts []schema.EntityType
	for _, info := range schema.Vocabulary().EntityTypes() {
		if info.Type != schema.Thing {
			ts = append(ts, info.Type)
		}
	}
	return ts
}

// entityType matches a type name case-insensitively against the
// vocabulary's entity types.
func entityType(s string) (schema.EntityType, bool) {
	s = strings.TrimSpace(s)
	for _, info := range schema.Vocabulary().EntityTypes() {
		if strings.EqualFold(string(info.Type), s) {
			return info.Type, true
		}
	}
	return "", false
}

// pageRank scores actors by the weighted PageRank of `newsgraph actors`;
// entities that are not actors score 0.
func pageRank(ctx context.Context, v export.View, f schema.Filter) (map[string]float64, error) {
	ranked, err := analysis.Actors(ctx, v, analysis.ActorsQuery{Filter: f, Model: analysis.DefaultModel()})
	if err != nil {
		return nil, err
	}
	scores := make(map[string]float64, len(ranked))
	for _, r := range ranked {
		key := r.ID
		if key == "" {
			key = r.Name
		}
		scores[key] = r.Rank
	}
	return scores, nil
}

// statementsOf returns a lookup of the asserted sentences behind an edge.
func statementsOf(s exportStore, f schema.Filter) export.StatementsFunc {
	return func(ctx context.Context, e schema.Edge) ([]string, error) {
		ev, err := s.Evidence(ctx, e.Subject, e.Object, f)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, st := range ev {
			if st.Subject != e.Subject || st.Object != e.Object || st.Predicate != e.Predicate || !st.Fact() {
				continue
			}
			text := st.SentenceText
			if text == "" {
				text = st.Evidence.Sentence
			}
			if src := st.Evidence.Source; src != "" {
				text += " [" + src + "]"
			}
			out = append(out, text)
		}
		return out, nil
	}
}

// runExport writes the export o describes from s to o.Output, or to
// stdout when o.Output is empty or "-".
func runExport(ctx context.Context, o exportOptions, s exportStore, stdout io.Writer) error {
	format, opt, err := o.plan()
	if err != nil {
		return err
	}
	if opt.IncludeStatements {
		opt.Statements = statementsOf(s, opt.Filter)
	}
	toStdout := o.Output == "" || o.Output == "-"
	if format == export.CSV && !toStdout && !strings.EqualFold(filepath.Ext(o.Output), ".zip") {
		return exportCSVDir(ctx, o.Output, s, opt)
	}
	if toStdout {
		return exportTo(ctx, stdout, format, s, opt)
	}
	return writeFileAtomic(o.Output, func(w io.Writer) error { return exportTo(ctx, w, format, s, opt) })
}

func exportTo(ctx context.Context, w io.Writer, format export.Format, s exportStore, opt export.Options) error {
	if format != export.CSV {
		return export.Write(ctx, w, s, format, opt)
	}
	zw := zip.NewWriter(w)
	if err := export.Encode(ctx, export.NewCSV(zw.Create, opt.IncludeStatements), s, opt); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("export: finish zip: %w", err)
	}
	return nil
}

// exportCSVDir writes nodes.csv and edges.csv into dir, creating it.
func exportCSVDir(ctx context.Context, dir string, s exportStore, opt export.Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: create %s: %w", dir, err)
	}
	var files []*os.File
	create := func(name string) (io.Writer, error) {
		f, err := os.CreateTemp(dir, "."+name+".*")
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, nil
	}
	err := export.Encode(ctx, export.NewCSV(create, opt.IncludeStatements), s, opt)
	for _, f := range files {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("export: close %s: %w", f.Name(), cerr)
		}
	}
	for i, f := range files {
		if err != nil {
			os.Remove(f.Name())
			continue
		}
		// CreateTemp makes the file 0600; the tables are as readable as
		// every other export.
		if cerr := os.Chmod(f.Name(), 0o644); cerr != nil {
			err = fmt.Errorf("export: %w", cerr)
			os.Remove(f.Name())
			continue
		}
		name := []string{export.NodesFile, export.EdgesFile}[i]
		if rerr := os.Rename(f.Name(), filepath.Join(dir, name)); rerr != nil {
			err = fmt.Errorf("export: %w", rerr)
		}
	}
	return err
}

// writeFileAtomic writes path through a temporary file renamed into place
// on success, so a failed export leaves no half-written file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	err = write(f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("export: close %s: %w", path, cerr)
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
