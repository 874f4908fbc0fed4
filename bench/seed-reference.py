"""The seed's own way of answering "which tests failed before each incident", as the reference
for bench/history.ts: Python, its records in a SQL database, its post-incident query per incident.

The seed's exporter keeps one record per test per run (results/<build>.json on the branch); its
post-incident analysis asks the database for every record of the incident's component, newest
first, and keeps the failures of the 7 days before detection. The records are read from a shallow
clone with a work tree and loaded into an in-memory SQLite database (timestamps as datetimes, as a
database driver returns them).

Usage: python3 seed-reference.py URL DIR INCIDENTS.json OUT.json (credentials, if any, come in
the environment as GIT_CONFIG_* entries). Writes the same answers as seed-records-reader.mjs.
"""
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta


def parse_time(text):
    return datetime.fromisoformat(text.replace('Z', '+00:00'))


def load_records(work):
    sqlite3.register_converter('timestamp', lambda raw: parse_time(raw.decode()))
    db = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
    db.row_factory = sqlite3.Row
    db.execute(
        'CREATE TABLE test_results (test_name TEXT, component TEXT, failure_mode TEXT, outcome TEXT,'
        ' duration_ms REAL, build_id TEXT, timestamp timestamp, last_failure TEXT)'
    )
    results = os.path.join(work, 'results')
    for name in sorted(os.listdir(results)):
        with open(os.path.join(results, name), encoding='utf-8') as f:
            db.executemany(
                'INSERT INTO test_results VALUES (:test_name, :component, :failure_mode, :outcome,'
                ' :duration_ms, :build_id, :timestamp, :last_failure)',
                json.load(f),
            )
    return db


def post_incident(db, incident):
    detected = parse_time(incident['detected_at'])
    component_tests = db.execute(
        'SELECT * FROM test_results WHERE component = ? ORDER BY timestamp DESC', [incident['component']]
    ).fetchall()
    recent = [
        t for t in component_tests
        if t['outcome'] == 'failed' and detected - timedelta(days=7) < t['timestamp'] < detected
    ]
    return {
        'incident_id': incident['id'],
        'component': incident['component'],
        'total_component_tests': len({t['test_name'] for t in component_tests}),
        'tests_failing_before_incident': len(recent),
        'was_predictable': len(recent) > 0,
        'failing_tests': [t['test_name'] for t in recent],
    }


def main(url, work, incidents_file, out):
    subprocess.run(['git', 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'test-history', url, work], check=True)
    db = load_records(work)
    with open(incidents_file, encoding='utf-8') as f:
        incidents = json.load(f)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump([post_incident(db, incident) for incident in incidents], f)


if __name__ == '__main__':
    main(*sys.argv[1:5])
