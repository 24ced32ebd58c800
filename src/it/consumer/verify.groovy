// The quickstart ran in a project that only depends on the jar, and printed West Mercia's judgments.
def out = new File(basedir, 'target/quickstart.txt').text
assert out.contains('Investigating crime: Requires improvement') : out
assert out.contains('Preventing crime and anti-social behaviour: Good') : out
