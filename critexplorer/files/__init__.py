"""Files without Qt: sessions, trajectory CSV, atomic writes."""
