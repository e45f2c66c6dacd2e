"""The read-only Open Referral UK API at /api/openreferral/v3/."""
