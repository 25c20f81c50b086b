//! Term and deadline computation (placeholder, being written).
