package graph_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

func TestReadLockedHoldsWrites(t *testing.T) {
	for _, store := range []string{graph.MemoryStore, "bolt"} {
		t.Run(store, func(t *testing.T) {
			cfg := graph.Config{Store: store}
			if store == "bolt" {
				cfg.Store = t.TempDir() + "/h.db"
			}
			s := openWith(t, cfg)
			inside, release := make(chan struct{}), make(chan struct{})
			h := s.ReadLocked(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if s.CayleyHandle().QuadStore == nil {
					t.Error("CayleyHandle has no quad store")
				}
				close(inside)
				<-release
			}))
			go h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
			<-inside
			wrote := make(chan struct{})
			go func() {
				graphtest.Write(t, s, graphtest.SeedArticle(), graphtest.SeedExtraction())
				close(wrote)
			}()
			select {
			case <-wrote:
				t.Fatal("a write went through while a locked request was reading")
			case <-time.After(200 * time.Millisecond):
			}
			close(release)
			select {
			case <-wrote:
			case <-time.After(10 * time.Second):
				t.Fatal("the write did not go through after the request ended")
			}
		})
	}
}
