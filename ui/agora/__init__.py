"""The Agora screen: statements, votes, labels and the three matrices."""
