"""Analysis of Vietnamese digital-transformation policy articles."""
