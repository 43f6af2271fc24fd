"""Colours shared by every rendering (plotly charts, word clouds, slides), dark enough for a projector."""

PALETTE = ("#0b5394", "#e69138", "#38761d", "#990000", "#674ea7", "#45818e", "#bf9000", "#a64d79")
