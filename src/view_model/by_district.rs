//! Values keyed by district index.

/// Values keyed by district index, stored densely (faster than hashing small integers).
#[derive(Clone, Debug)]
pub(crate) struct ByDistrict<T> {
    slots: Vec<Option<T>>,
    len: usize,
}

impl<T> Default for ByDistrict<T> {
    fn default() -> Self {
        Self {
            slots: Vec::new(),
            len: 0,
        }
    }
}

impl<T> ByDistrict<T> {
    pub(crate) fn get(&self, i: usize) -> Option<&T> {
        self.slots.get(i).and_then(Option::as_ref)
    }

    pub(crate) fn contains_key(&self, i: usize) -> bool {
        self.get(i).is_some()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(crate) fn slot(&mut self, i: usize) -> &mut Option<T> {
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
        }
        // The resize above makes the index valid.
        let slot = &mut self.slots[i];
        if slot.is_none() {
            self.len += 1;
        }
        slot
    }

    pub(crate) fn insert(&mut self, i: usize, value: T) {
        *self.slot(i) = Some(value);
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i, v.as_ref()?)))
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &T> {
        self.slots.iter().flatten()
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = usize> + '_ {
        self.iter().map(|(i, _)| i)
    }
}
