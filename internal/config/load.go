package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FileName is the configuration file newsgraph looks for in the working
// directory.
const FileName = "newsgraph.yaml"

// EnvPrefix starts every environment variable newsgraph reads.
const EnvPrefix = "NEWSGRAPH"

// KeyAnnotation marks a flag with the configuration key it sets.
const KeyAnnotation = "newsgraph_config_key"

// BindFlag marks flag name of fs as setting configuration key (for
// example "store" sets "graph.store"). Load then lets the flag, when given,
// override the file and environment, and also reads the key from
// NEWSGRAPH_<FLAG> (NEWSGRAPH_STORE) besides NEWSGRAPH_<KEY>
// (NEWSGRAPH_GRAPH_STORE). It returns an error if fs has no such flag.
func BindFlag(fs *pflag.FlagSet, name, key string) error {
	if err := fs.SetAnnotation(name, KeyAnnotation, []string{key}); err != nil {
		return fmt.Errorf("config: bind flag --%s: %w", name, err)
	}
	return nil
}

// Source says where Load reads from besides the defaults and environment.
type Source struct {
	// File is an explicit configuration file (--config); it must exist.
	File string
	// Dir is searched for newsgraph.yaml when File is empty; "" means the
	// working directory. A missing file there is fine.
	Dir string
	// Flags holds the command's flags; those marked with BindFlag are read.
	Flags *pflag.FlagSet
}

// Load builds the Config from, lowest first: DefaultConfig, the
// configuration file, NEWSGRAPH_* environment variables and the flags
// given on the command line. Unknown keys in the file are errors, and the
// result is validated.
func Load(src Source) (Config, error) {
	v := viper.New()
	def := DefaultConfig()
	keys := map[string]bool{}
	for key, val := range flatten(def) {
		v.SetDefault(key, val)
		keys[key] = true
	}

	file := src.File
	if file == "" {
		candidate := filepath.Join(src.Dir, FileName)
		if _, err := os.Stat(candidate); err == nil {
			file = candidate
		} else if !errors.Is(err, fs.ErrNotExist) {
			return Config{}, fmt.Errorf("config: %w", err)
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if filepath.Ext(file) == "" {
			v.SetConfigType("yaml")
		}
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config: read %s: %w", file, err)
		}
	}

	// Environment: NEWSGRAPH_<KEY> for every key, plus NEWSGRAPH_<FLAG>
	// (checked first) for flags bound to a key.
	envNames := map[string][]string{}
	if src.Flags != nil {
		src.Flags.VisitAll(func(f *pflag.Flag) {
			if k := flagKey(f); k != "" && envName(f.Name) != envName(k) {
				envNames[k] = append(envNames[k], envName(f.Name))
			}
		})
	}
	for key := range keys {
		names := append(envNames[key], envName(key))
		if err := v.BindEnv(append([]string{key}, names...)...); err != nil {
			return Config{}, fmt.Errorf("config: bind environment for %s: %w", key, err)
		}
	}

	var bindErr error
	if src.Flags != nil {
		src.Flags.VisitAll(func(f *pflag.Flag) {
			key := flagKey(f)
			if key == "" || bindErr != nil {
				return
			}
			if !keys[key] {
				bindErr = fmt.Errorf("config: flag --%s is bound to unknown key %q", f.Name, key)
				return
			}
			if !f.Changed {
				return
			}
			if err := v.BindPFlag(key, f); err != nil {
				bindErr = fmt.Errorf("config: bind flag --%s: %w", f.Name, err)
			}
		})
	}
	if bindErr != nil {
		return Config{}, bindErr
	}

	var cfg Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// envName turns a key or flag name into its environment variable.
func envName(key string) string {
	r := strings.NewReplacer(".", "_", "-", "_")
	return EnvPrefix + "_" + strings.ToUpper(r.Replace(key))
}

// flagKey returns the key a flag is bound to, or "".
func flagKey(f *pflag.Flag) string {
	if ks := f.Annotations[KeyAnnotation]; len(ks) == 1 {
		return ks[0]
	}
	return ""
}

// Keys returns every configuration key with its default value, for
// documentation and tests.
func Keys() map[string]any { return flatten(DefaultConfig()) }

// flatten lists the leaf keys of a config struct ("graph.store") with
// their values, following mapstructure tags (or lower-cased field names).
func flatten(cfg any) map[string]any {
	out := map[string]any{}
	var walk func(prefix string, rv reflect.Value)
	walk = func(prefix string, rv reflect.Value) {
		rt := rv.Type()
		for i := range rt.NumField() {
			f := rt.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			key := name
			if prefix != "" {
				key = prefix + "." + name
			}
			fv := rv.Field(i)
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[time.Time]() {
				walk(key, fv)
				continue
			}
			out[key] = fv.Interface()
		}
	}
	walk("", reflect.ValueOf(cfg))
	return out
}
