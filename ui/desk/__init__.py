"""The facilitator's desk: the forum window with its agenda, its pages and its save state."""
