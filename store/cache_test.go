package store

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestMonthCache(t *testing.T) {
	c := newMonthCache(10)
	k := func(m int64) cacheKey { return cacheKey{kind: kindDyadMonth, month: m} }
	c.put(k(1), 1, "a", 4)
	if v, ok := c.get(k(1), 1); !ok || v != "a" {
		t.Fatalf("get = %v, %v", v, ok)
	}
	if _, ok := c.get(k(1), 2); ok {
		t.Fatal("a newer version was served from the cache")
	}
	c.put(k(2), 1, "b", 4)
	c.get(k(1), 1)         // k(1) is now the most recent
	c.put(k(3), 1, "c", 4) // 5+5+5 rows > 10: the least recent (k(2)) goes
	if _, ok := c.get(k(2), 1); ok {
		t.Error("least recently used entry kept")
	}
	if _, ok := c.get(k(1), 1); !ok {
		t.Error("recently used entry evicted")
	}
	if c.rows > c.max {
		t.Errorf("rows %d > max %d", c.rows, c.max)
	}
}

func TestMonthCacheLoadShared(t *testing.T) {
	c := newMonthCache(100)
	var fetches atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := c.load(cacheKey{month: 5}, 1, func() (any, int, error) {
				fetches.Add(1)
				<-release
				return 42, 1, nil
			})
			if err != nil || v != 42 {
				t.Errorf("load = %v, %v", v, err)
			}
		}()
	}
	for fetches.Load() == 0 {
		// wait until one loader is fetching
	}
	close(release)
	wg.Wait()
	if n := fetches.Load(); n < 1 || n > 8 {
		t.Errorf("%d fetches", n)
	}
	boom := errors.New("boom")
	if _, err := c.load(cacheKey{month: 6}, 1, func() (any, int, error) { return nil, 0, boom }); !errors.Is(err, boom) {
		t.Errorf("error not passed on: %v", err)
	}
	if _, ok := c.get(cacheKey{month: 6}, 1); ok {
		t.Error("failed load cached")
	}
}
