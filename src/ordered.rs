//! An ordered parallel map with bounded memory: worker threads take items as they come free (no
//! barrier at batch ends, so one large document never idles the other threads), and the results
//! reach the consumer in item order, so the output does not depend on the thread count. Items in
//! flight (taken, processed or waiting their turn) are bounded by a byte budget.

use std::collections::BTreeMap;
use std::sync::{mpsc, Condvar, Mutex};

use crate::error::Result;

/// What the workers share: the items left, and the budget.
struct Feed<I> {
    items: I,
    next: usize,
    in_flight: u64,
    stop: bool,
}

/// Runs `f` on each item of `items` on `jobs` threads and calls `consume` on the results in item
/// order (on the calling thread). An item of `size` bytes is taken only while fewer than
/// `max_bytes` are in flight (one item is always allowed). The first error from `consume` stops
/// the workers and is returned.
pub fn ordered_map<T, R, I>(
    jobs: usize,
    items: I,
    max_bytes: u64,
    size: impl Fn(&T) -> u64 + Sync,
    f: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<()>,
) -> Result<()>
where
    T: Send,
    R: Send,
    I: Iterator<Item = T> + Send,
{
    let feed = Mutex::new(Feed {
        items,
        next: 0,
        in_flight: 0,
        stop: false,
    });
    let room = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, u64, R)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let (feed, room, size, f) = (&feed, &room, &size, &f);
            scope.spawn(move || loop {
                let (index, bytes, item) = {
                    let Ok(mut g) = feed.lock() else { return };
                    while !g.stop && g.in_flight >= max_bytes && g.in_flight > 0 {
                        g = match room.wait(g) {
                            Ok(g) => g,
                            Err(_) => return,
                        };
                    }
                    if g.stop {
                        return;
                    }
                    let Some(item) = g.items.next() else { return };
                    let bytes = size(&item).max(1);
                    let index = g.next;
                    g.next += 1;
                    g.in_flight += bytes;
                    (index, bytes, item)
                };
                if tx.send((index, bytes, f(item))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // Results wait here until their turn; their bytes count until they are consumed.
        let mut waiting: BTreeMap<usize, (u64, R)> = BTreeMap::new();
        let mut expected = 0usize;
        let mut outcome = Ok(());
        for (index, bytes, r) in rx.iter() {
            waiting.insert(index, (bytes, r));
            while let Some((bytes, r)) = waiting.remove(&expected) {
                expected += 1;
                if outcome.is_ok() {
                    outcome = consume(r);
                }
                if let Ok(mut g) = feed.lock() {
                    g.in_flight -= bytes;
                    g.stop |= outcome.is_err();
                }
                room.notify_all();
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_at_any_thread_count() {
        for jobs in [1, 2, 5] {
            let mut got = Vec::new();
            ordered_map(
                jobs,
                0..500u64,
                64,
                |&i| i % 7 + 1,
                |i| {
                    // Uneven work, so results finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((i * 37) % 200));
                    i * 2
                },
                |r| {
                    got.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(
                got,
                (0..500).map(|i| i * 2).collect::<Vec<_>>(),
                "jobs {jobs}"
            );
        }
    }

    #[test]
    fn memory_in_flight_stays_within_the_budget() {
        let peak = std::sync::atomic::AtomicU64::new(0);
        let live = std::sync::atomic::AtomicU64::new(0);
        use std::sync::atomic::Ordering::SeqCst;
        ordered_map(
            4,
            0..200u64,
            10,
            |_| 3,
            |i| {
                let now = live.fetch_add(3, SeqCst) + 3;
                peak.fetch_max(now, SeqCst);
                i
            },
            |_| {
                live.fetch_sub(3, SeqCst);
                Ok(())
            },
        )
        .unwrap();
        // Items are taken while under 10 bytes: at most 9 + one 3-byte item.
        assert!(peak.load(SeqCst) <= 12, "{}", peak.load(SeqCst));
    }

    #[test]
    fn an_error_stops_the_work_and_is_returned() {
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let e = ordered_map(
            2,
            0..10_000u64,
            4,
            |_| 1,
            |i| {
                seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                i
            },
            |i| {
                if i == 10 {
                    Err(crate::error::Error::Settings("stop".into()))
                } else {
                    Ok(())
                }
            },
        );
        assert!(e.is_err());
        assert!(seen.load(std::sync::atomic::Ordering::SeqCst) < 100);
    }
}
