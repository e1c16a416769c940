//! Closed vocabularies (enums whose snake_case names are the public contract) and compact sets of
//! them.
//!
//! The names are what the CLI's JSON, the JS API and future JSON rule packs use, so they are
//! defined once here by [`vocabulary!`] and never spelled by hand elsewhere.

use std::fmt;
use std::marker::PhantomData;

/// A closed vocabulary: a fieldless enum with at most 32 variants and a stable snake_case name
/// for each.
pub trait Vocabulary: Copy + Eq + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// What the vocabulary is called in error messages ("action", "target", ...).
    const KIND: &'static str;
    /// Position in [`Self::ALL`]; also the bit in a [`Set`].
    fn index(self) -> u32;
    /// The contract name, e.g. `"fix_typo"`.
    fn name(self) -> &'static str;
    /// A short human label, e.g. `"fix a typing error"`.
    fn label(self) -> &'static str;

    /// Every contract name, in the order of [`Self::ALL`].
    const NAMES: &'static [&'static str];

    /// Parses a contract name, accepting `-` for `_` and any letter case.
    fn parse(text: &str) -> Result<Self, UnknownName> {
        find_name(text, Self::KIND, Self::NAMES).map(|i| Self::ALL[i])
    }
}

/// The position of `text` among `names`. Not generic, so the web app carries one copy of it
/// rather than one per vocabulary.
fn find_name(text: &str, kind: &'static str, names: &[&'static str]) -> Result<usize, UnknownName> {
    let wanted = text.trim().to_ascii_lowercase().replace('-', "_");
    names
        .iter()
        .position(|name| *name == wanted)
        .ok_or_else(|| UnknownName {
            kind,
            given: text.to_string(),
            expected: names.to_vec(),
        })
}

/// A name that is not in its vocabulary; the message lists the names that are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub kind: &'static str,
    pub given: String,
    pub expected: Vec<&'static str>,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?}; expected one of: {}",
            self.kind,
            self.given,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownName {}

/// Defines a vocabulary enum with serde names, labels and [`Vocabulary`].
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident as $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal : $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name { $( $(#[$vmeta])* $variant, )+ }

        impl $crate::vocab::Vocabulary for $name {
            const ALL: &'static [Self] = &[ $( Self::$variant, )+ ];
            const NAMES: &'static [&'static str] = &[ $( $text, )+ ];
            const KIND: &'static str = $kind;
            fn index(self) -> u32 { self as u32 }
            fn name(self) -> &'static str { match self { $( Self::$variant => $text, )+ } }
            fn label(self) -> &'static str { match self { $( Self::$variant => $label, )+ } }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::vocab::Vocabulary::name(*self))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::vocab::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::vocab::Vocabulary>::parse(s)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::vocab::Vocabulary::name(*self))
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                <Self as $crate::vocab::Vocabulary>::parse(&text).map_err(::serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use vocabulary;

/// A set of values of one vocabulary, as a bit mask. `Set::ANY` matches everything.
pub struct Set<T> {
    bits: u32,
    _of: PhantomData<T>,
}

impl<T> Set<T> {
    pub const EMPTY: Self = Self::from_bits(0);
    pub const ANY: Self = Self::from_bits(u32::MAX);

    const fn from_bits(bits: u32) -> Self {
        Set {
            bits,
            _of: PhantomData,
        }
    }
}

impl<T: Vocabulary> Set<T> {
    /// The set of the given values; `const` so rule tables can be plain statics.
    pub const fn of(indices: &[u32]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < indices.len() {
            bits |= 1 << indices[i];
            i += 1;
        }
        Self::from_bits(bits)
    }

    pub fn contains(&self, value: T) -> bool {
        self.bits & (1 << value.index()) != 0
    }

    pub fn is_any(&self) -> bool {
        T::ALL.iter().all(|v| self.contains(*v))
    }

    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(move |v| self.contains(*v))
    }
}

impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Set<T> {}
impl<T> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for Set<T> {}

impl<T: Vocabulary> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_any() {
            return f.write_str("any");
        }
        f.debug_list()
            .entries(self.iter().map(|v| v.name()))
            .finish()
    }
}

/// Serialised as `"any"` or a list of names, so rule packs read naturally.
impl<T: Vocabulary> serde::Serialize for Set<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        if self.is_any() {
            return s.serialize_str("any");
        }
        let mut seq = s.serialize_seq(None)?;
        for value in self.iter() {
            seq.serialize_element(value.name())?;
        }
        seq.end()
    }
}

impl<'de, T: Vocabulary> serde::Deserialize<'de> for Set<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Form {
            Word(String),
            List(Vec<String>),
        }
        let names = match Form::deserialize(d)? {
            Form::Word(word) if word == "any" => return Ok(Set::ANY),
            Form::Word(word) => vec![word],
            Form::List(list) => list,
        };
        let mut bits = 0u32;
        for name in names {
            let value = T::parse(&name).map_err(serde::de::Error::custom)?;
            bits |= 1 << value.index();
        }
        Ok(Set::from_bits(bits))
    }
}

/// `set!(Action: Exclude, Alter)` is the `const` [`Set`] of those values.
#[macro_export]
macro_rules! set {
    ($ty:ident: any) => { $crate::vocab::Set::<$crate::model::$ty>::ANY };
    ($ty:ident: $($variant:ident),+ $(,)?) => {
        $crate::vocab::Set::<$crate::model::$ty>::of(&[$($crate::model::$ty::$variant as u32),+])
    };
}
