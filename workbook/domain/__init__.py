"""The plan as plain data and pure validation: no Qt, no SQLAlchemy."""
