"""The 3-D surface tab: the Function tab's f as a surface with the path lying on it."""
