// Typed TSX cases.
