// The quickstart ran in a project that only depends on the jar, from a folder without the examples, and printed
// the judgments of the sample submission the jar ships (West Mercia's).
def out = new File(basedir, 'target/quickstart.txt').text
assert out.contains('Investigating crime: Requires improvement') : out
assert out.contains('Preventing crime and anti-social behaviour: Good') : out
