//! How many connections the server holds: all together and from one
//! address. A connection over a limit is refused at once with a message;
//! a [`Slot`] gives its place back when dropped, however it ends.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

/// Why a connection was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The server holds its most sessions.
    Full,
    /// This address holds its most sessions.
    PerAddress,
}

#[derive(Default)]
struct Held {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// The limits and what is held.
#[derive(Clone)]
pub struct Limits {
    max: usize,
    per_address: usize,
    held: Arc<Mutex<Held>>,
}

/// A place taken; given back when dropped.
pub struct Slot {
    address: IpAddr,
    held: Arc<Mutex<Held>>,
}

impl Limits {
    pub fn new(max: usize, per_address: usize) -> Limits {
        Limits {
            max,
            per_address,
            held: Arc::default(),
        }
    }

    /// A place for a connection from `address`, or why not. An IPv6
    /// address counts by its /64 network (one household or host can have
    /// all of it), an IPv4 address written as IPv6 as itself.
    pub fn take(&self, address: IpAddr) -> Result<Slot, Refusal> {
        let address = counted_as(address);
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if held.total >= self.max {
            return Err(Refusal::Full);
        }
        let from = held.by_address.entry(address).or_default();
        if *from >= self.per_address {
            return Err(Refusal::PerAddress);
        }
        *from += 1;
        held.total += 1;
        Ok(Slot {
            address,
            held: Arc::clone(&self.held),
        })
    }

    /// Connections held now.
    pub fn held(&self) -> usize {
        self.held
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .total
    }
}

/// The address a connection is counted under.
fn counted_as(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(std::net::Ipv6Addr::from(
                u128::from(v6) & !(u128::MAX >> 64),
            )),
        },
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        held.total = held.total.saturating_sub(1);
        if let Some(n) = held.by_address.get_mut(&self.address) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                // No address is kept once it holds nothing.
                held.by_address.remove(&self.address);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_hold_all_together_and_per_address_and_give_back_on_drop() {
        let limits = Limits::new(3, 2);
        let a: IpAddr = "127.0.0.1".parse().expect("ip");
        let b: IpAddr = "127.0.0.2".parse().expect("ip");
        let first = limits.take(a).expect("1");
        let second = limits.take(a).expect("2");
        assert_eq!(limits.take(a).err(), Some(Refusal::PerAddress));
        let third = limits.take(b).expect("3");
        assert_eq!(limits.take(b).err(), Some(Refusal::Full));
        drop(first);
        assert_eq!(limits.held(), 2);
        let again = limits.take(a).expect("a place again");
        drop((second, third, again));
        assert_eq!(limits.held(), 0);
        assert!(limits.held.lock().expect("lock").by_address.is_empty());
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let limits = Limits::new(10, 1);
        let one: IpAddr = "2001:db8:1:2::1".parse().expect("ip");
        let same_64: IpAddr = "2001:db8:1:2:ffff::9".parse().expect("ip");
        let other_64: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        let _a = limits.take(one).expect("first");
        assert_eq!(limits.take(same_64).err(), Some(Refusal::PerAddress));
        let _b = limits.take(other_64).expect("another network");
        let v4: IpAddr = "192.0.2.7".parse().expect("ip");
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("ip");
        let _c = limits.take(v4).expect("v4");
        assert_eq!(limits.take(mapped).err(), Some(Refusal::PerAddress));
    }
}
