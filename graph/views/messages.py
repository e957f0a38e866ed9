"""The words of every message a user meets when something goes wrong, in English and Indonesian.

Errors (:mod:`graph.errors`) hold a message key and its facts; :func:`message` words them in
a language. Templates are :meth:`str.format` strings with these additions:

- ``{x!q}``: the value quoted and cut to 60 characters (:func:`graph.errors.quoted`);
- ``{x!k}``: a kind of thing ('role', 'occupation', 'comma', ...) in the message's language;
- ``{xs:and}``, ``{xs:or}``, ``{xs:arrow}``, ``{xs:lines}``: a list joined by the language's "and",
  "or", "→" or a comma and a new indented line (a list without a spec is joined by commas);
- a number is written with the language's separators (``1,234.5`` / ``1.234,5``);
- a :class:`graph.errors.Phrase` or an error is worded recursively, a dict of labels by
  language shows the message's language, an ``OSError`` its reason.

``context`` facts given to :func:`message` (the CLI's flag names) reach every template, so
that the library never names a flag and the views never invent one.
"""

import errno
import string

from ..errors import GraphError, Phrase, quoted

LANGS = ("en", "id")

MESSAGES = {
    "en": {
        # names
        "unknown_name": "No {kind!k} named {name!q}.{hint}",
        "did_you_mean": " Did you mean: {names}?",
        "ambiguous": "{name!q} is ambiguous: it could be {candidates}; name one by its IRI.",
        "ambiguous_coded": "{name!q} is ambiguous: it could be {candidates}; name one by its code or IRI.",
        "candidate": "{label} ({kind!k})",
        "candidate_coded": "{label} ({kind!k}, {code})",
        "wrong_kind": "{name!q} is a {found!k}, not a {wanted!k}.",
        # values in the data
        "bad_value": "{subject}: {name} {value!r} {problem}",
        "not_whole": "is not a whole number",
        "not_number": "is not a number",
        "not_finite": "is not a finite number",
        "not_positive": "is not a positive number",
        "not_boolean": "is not true or false",
        "not_positive_whole": "is not a positive whole number",
        "off_scale": "is not on the level scale ({scale})",
        "cannot_project": "the data cannot be projected for paths ({error}); run `graph validate` to find the "
                          "broken resource",
        "no_roles": "the data has no roles (nothing is an aij:Role): is the file of roles missing or empty?",
        "requirements_without_role": "{node} has skill requirements (aij:ofRole) but is not a role (aij:Role): is its "
                                     "definition missing from the file of roles?",
        "required_without_effort": "{node} is required or named as a prerequisite, but is not a skill with an effort "
                                   "estimate (aij:effortHours)",
        "requires_matched_twins": "{role} requires both {skill} and {twin}, which skill matches make one skill: "
                                  "keep one of the requirements",
        "matches_within_taxonomy": "{first} and {second} are matched with each other through skill matches, but "
                                   "belong to one taxonomy: a skill matches at most one skill of each taxonomy",
        "prerequisite_cycle": "prerequisite cycle: {cycle:arrow}",
        # paths and moves
        "not_holdable": "{skill} is not a skill with an effort estimate, so it cannot be held",
        "paths_at_least_one": "the number of paths must be at least 1, not {k}",
        "moves_at_least_one": "the most moves a path may have must be at least 1, not {max_steps}",
        "source_avoided": "the source role cannot also be avoided",
        "target_avoided": "the target role cannot also be avoided",
        "via_avoided": "the role to pass through is also a role to avoid",
        "via_is_an_end": "the role to pass through must differ from the start and the target",
        "via_outside_sector": "the role to pass through is not in the sector",
        "bad_budget": "the per-move budget must be a finite number of hours above zero, not {max_step:g}",
        "moves_to_list_at_least_one": "the number of moves to list must be at least 1, not {k}",
        "unknown_order": "unknown order {order!r}: choose one of {choices}",
        "no_path": "No path from {source} to {target} with moves of at most {max_step:g} h.",
        "the_profile": "the profile",
        # drawings
        "view_too_large": "the graph has {nodes:,} nodes, more than the {max_nodes:,} a browser lays out comfortably",
        "view_too_large_focused": "the view has {nodes:,} nodes, more than the {max_nodes:,} a browser lays out "
                                  "comfortably",
        "depth_at_least_one": "the depth of a view must be at least 1, not {depth}",
        "not_drawn": "{name!r} is a {kind!k}, not drawn: a view centres on a role, skill, sector or concern",
        "unknown_language": "unknown language {lang!r}; choose one of {choices}",
        # files and datasets
        "cannot_read": "{path}: cannot be read ({reason})",
        "no_file": "{path}: no such file",
        "no_directory": "{path}: no such directory",
        "not_regular": "{path}: not a regular file",
        "dataset_too_old": "{path}: written by an earlier version of this tool; import its sources again into a new "
                           "directory",
        "no_dataset_version": "{path}: names no version of this dataset ({name!r}); import its sources again",
        "dataset_layout": "{path}: dataset layout {found}, this tool reads {wanted}; import its sources again",
        "not_a_manifest": "{path}: not a dataset manifest ({error})",
        "digest_mismatch": "{path}: does not match the digest in {manifest} (changed or damaged); import it again",
        "cannot_create_dataset": "{path}: cannot create the dataset directory ({reason})",
        "cannot_write_dataset": "{path}: cannot write the dataset ({reason})",
        "no_ontology": "the bundled ontology is missing (looked in {places:and})",
        "no_ttl_files": "{path}: no .ttl files",
        "located": "{where}: {error}",
        "ill_typed": "{where}: {value!r} is not a valid {datatype}",
        "bad_syntax": "{where}: bad {syntax} syntax ({why})",
        "invalid_term": "the graph holds a term that is not valid RDF ({error})",
        "no_shapes": "{path}: no SHACL shapes in this file (nothing is an sh:NodeShape or sh:PropertyShape)",
        "bad_shapes": "{where}: invalid SHACL shapes ({detail})",
        "shapes_graph": "shapes graph",
        "shape_sparql": "{shape}: SPARQL does not parse: {error}",
        "unknown_format": "unknown format {fmt!r}; choose one of {choices}",
        "format_unsuited": "the output format {fmt} does not suit a {type} query; choose {choices}",
        "cannot_write": "{path}: cannot write ({reason})",
        "permission_denied": "permission denied",
        "is_a_directory": "{path}: is a directory",
        "not_writable_kind": "{path}: is not a regular file, a FIFO or a character device",
        "cannot_create_folder": "{path}: cannot create folder {folder} ({reason})",
        "no_folder": "{path}: folder {folder} does not exist",
        "not_utf8_text": "not UTF-8 text",
        # profiles
        "cannot_read_profile": "{path}: cannot read the profile: {reason}",
        "profile_not_utf8": "{where}: not a UTF-8 text file ({reason})",
        "not_toml": "{where}: not valid TOML: {error}",
        "profile_key": "{where}: unknown key {key!r}: a profile has `roles = [...]` and a [skills] table",
        "profile_skills": "{where}: `skills` must be a table: [skills] then one `name = level` per line",
        "profile_roles": "{where}: `roles` must be a list of role names, e.g. roles = [\"Data Analyst\"]",
        "profile_empty": "{where}: the profile names no skills and no roles",
        "not_name_level": "{where}: {entry!r} is not NAME=LEVEL (e.g. \"Statistik=3, Pemrograman=2\")",
        "level_not_whole": "{where}: the level of {name!r} must be a whole number, not {value!r}",
        "level_off_scale": "{where}: the level of {name!r} must be a whole number from {low} to {high} (the "
                           "proficiency scale), not {level!r}",
        # imported tables
        "bad_cell": "{where}: column {number} ({column!r}): {problem}",
        "expected_number": "expected a number, found {found!r}",
        "expected_number_in": "expected a number from {low:g} to {high:g}, found {found!r}",
        "expected_one_of": "expected one of {allowed}, found {found!r}",
        "empty_cell": "is empty",
        "unknown_in_file": "unknown {what!k} {value!r} (not in {file})",
        "appears_twice": "{what!k} {value!r} appears twice",
        "expected_esco_uri": "expected an ESCO URI, found {found!r}",
        "expected_isco_uri": "expected {expected!r} for ISCO code {code!r}, found {found!r}",
        "expected_occupation_uri": "expected an ESCO occupation URI ({base}...), found {found!r}",
        "not_utf8": "{where}: not UTF-8 text (byte {byte}); save the file as UTF-8",
        "missing_column": "{where}: missing column {column!r}{hint}",
        "renamed": " (renamed to {name!r}?)",
        "header_has": "; the header has {columns}",
        "empty_table": "{where}: the file is empty (expected a header line)",
        "field_count": "{where}: expected {expected} {sep!k}-separated fields, found {found}",
        "bad_csv": "{where}: malformed CSV ({error})",
        "official_layout": "{path}: no such file (the official layout needs both {files:and})",
        "no_skill_links": "{path}: no occupation–skill links (expected {files:and}, or {labels})",
        "no_release": "{path}: cannot tell the release from the folder name; name the release explicitly",
        "no_source_files": "{path}: no {what!k} files here (expected {files})",
        "crosswalk_first": "import both O*NET and ESCO into the dataset before the crosswalk (missing: {missing})",
        # SPARQL queries
        "empty_query": "{source}: the query is empty",
        "update_refused": "{source}: {operations} is a SPARQL update; graph query is read-only and runs only SELECT, "
                          "ASK, CONSTRUCT and DESCRIBE",
        "bad_query": "{where}: {error}, found {found}",
        "end_of_query": "the end of the query",
        "query_error": "{source}: {error}",
        "service_variable": "{source}: SERVICE {term} could call any server: name the endpoint's IRI",
        "service_not_allowed": "{source}: SERVICE <{url}> would send data to a server that was not allowed",
        "service_unsafe": "{source}: SERVICE <{url}> cannot be called safely as written: write it as SERVICE <{url}> "
                          "{{ ... }} with nothing else on its line",
        "limit_timeout": "the query did not finish within {value:g} s",
        "limit_results": "the query gives more than {value:,} results",
        "query_stopped": "the query stopped before answering (out of memory?)",
        "query_failed": "the query failed: {error}",
        # SPARQL servers
        "not_http": "endpoint {url!r} is not an http:// or https:// URL",
        "credentials_in_url": "put endpoint credentials in GRAPH_ENDPOINT_USER and GRAPH_ENDPOINT_PASSWORD (or use "
                              "{flag_user}), not in the URL",
        "url_query": "endpoint {url!r} has a query string or fragment; give the server's base URL",
        "not_absolute_iri": "graph name {iri!r} is not an absolute IRI (such as https://example.org/graph)",
        "not_rdf": "{url} answered {media} instead of RDF: is it a SPARQL endpoint?",
        "no_content_type": "no content type",
        "unreadable_rdf": "{url} answered {media} that cannot be read: {error}",
        "cut_short": "{url} sent {sent:,} of the {expected:,} triples the graph holds: the server cut the answer short "
                     "(a limit on result rows, such as Virtuoso's ResultSetMaxRows) or the graph changed during the read",
        "bad_count": "{url} answered a COUNT query with {media} that is not SPARQL JSON results",
        "not_csv": "{url} answered a SELECT query with {media} instead of SPARQL CSV results (text/csv): is it a "
                   "SPARQL endpoint?",
        "unreadable_csv": "{url} answered CSV that cannot be read ({error})",
        "csv_row_width": "{url} answered a CSV row of {found} values, not {expected}",
        "graph_changed": "{graph} at {url} changed while it was read (published again?): nothing was answered from "
                         "the mix; run the command again",
        "abandoned": "{error}; {fate}",
        "abandoned_staging_left": "{error}; {fate}; the staging graph <{staging}> could not be dropped (drop it by "
                                  "hand)",
        "fate_unknown": "{graph} may or may not have been replaced",
        "fate_unchanged": "{graph} is unchanged",
        "fate_pending": "{graph} is not replaced yet, but the server may still move the staging graph <{staging}> "
                        "there (drop it by hand if it never does)",
        "move_too_slow": "{url} did not finish the final MOVE within {timeout:.3g} s (raise {flag_move_timeout} if "
                         "the server is just slow)",
        "named_graph": "the graph <{iri}>",
        "default_graph": "the default graph",
        "too_slow": "{url} did not answer within {timeout:.3g} s (raise {flag_timeout} if the server is just slow)",
        "connection_refused": "cannot reach {url}: connection refused (is the server running?)",
        "unreachable": "cannot reach {url}: {reason}",
        "connection_failed": "{url}: the connection failed ({error})",
        "credentials_refused": "{url} refused the credentials of user {user!r} ({status})",
        "credentials_needed": "{url} asks for credentials ({status}): set GRAPH_ENDPOINT_USER and "
                              "GRAPH_ENDPOINT_PASSWORD, or use {flag_user}",
        "http_status": "{url} answered {status}",
        "http_status_detail": "{url} answered {status}: {detail}",
        "construct_not_rdf": "{url} {detail} to a CONSTRUCT query: is it a SPARQL endpoint?",
        "answers_instead": "answers {media}, not {accept}",
        "no_update": "no SPARQL Update",
        "empty_remote_graph": "the graph <{iri}> at {url} is empty: publish it first with "
                              "`graph push --endpoint {base} --graph {iri}`",
        "empty_remote_default": "the default graph at {url} is empty: publish it first with "
                                "`graph push --endpoint {base}`",
        # the command line
        "error_line": "Error: {message}",
        "usage_hint": "{message} (see '{command} --help')",
        "allow_service": "{error}: allow it with {flag} {url}",
        "raise_limit": "{error} (raise {flag} if it should go further)",
        "not_a_number": "{value!q} is not a number.",
        "not_a_finite_number": "{value!q} is not a finite number.",
        "data_or_endpoint": "use {data} or {endpoint}, not both",
        "refresh_needs_endpoint": "{refresh} only applies with {endpoint}",
        "nothing_to_search": "{text!r} has no letters or digits to search for",
        "only_target": "with {me} or {have}, give only the target role: {usage}",
        "start_and_target": "give a starting role and a target role (or {me} FILE): {usage}",
        "role_or_person": "give a role (or {me} FILE, {have} SKILLS): {usage}",
        "role_and_person": "give either a role or {me}/{have}, not both: {usage}",
        "via_and_avoid": "{via} and {avoid} name the same role",
        "no_example": "no example query named {name!r}; the examples are: {examples}",
        "cannot_read_query": "{source}: cannot read the query ({reason})",
        "query_too_long": "{source}: cannot read the query (longer than {limit:,} characters)",
        "depth_needs_around": "{depth} needs {around}.",
        "around_not_drawn": "{name!r} is a {kind!k}, not drawn: {around} takes a role, skill, sector or concern",
        "narrow_view": "{error}; narrow it: a smaller {depth}, or {sector} and {concern} together",
        "focus_view": "{error}; draw part of it with {around} NAME {depth} N, {path} FROM TO, {sector} S or "
                      "{concern} C",
        "import_needs_data": "choose the dataset directory to import into with {data} DIR (or GRAPH_DATA); the "
                             "bundled graph is never changed",
        "next_hint": "Try a larger {flag}.",
        "note": "Note: {text}",
        "wrote_page": "Wrote {path} ({size:,} bytes; {nodes} nodes, {edges} edges).",
        # click's own messages (its gettext message ids, recognised by the CLI)
        "click_no_such_option": "No such option {name!r}.{hint}",
        "click_no_such_command": "No such command {name!r}.{hint}",
        "click_maybe": " Did you mean {possibility}?",
        "click_maybe_many": " (Did you mean one of: {possibilities}?)",
        "click_missing_argument": "Missing argument {hint}.{extra}",
        "click_missing_option": "Missing option {hint}.{extra}",
        "click_missing_parameter": "Missing parameter {hint}.{extra}",
        "click_choose_from": " Choose from:\n\t{choices:lines}",
        "click_requires_argument": "Option {name!r} requires an argument.",
        "click_requires_arguments": "Option {name!r} requires {nargs} arguments.",
        "click_takes_no_value": "Option {name!r} does not take a value.",
        "click_takes_values": "Argument {name!r} takes {nargs} values.",
        "click_invalid_value_for": "Invalid value for {hint}: {message}",
        "click_invalid_value": "Invalid value: {message}",
        "click_not_choice": "{value!r} is not {choice}.",
        "click_not_one_of": "{value!r} is not one of {choices}.",
        "click_not_valid": "{value!r} is not a valid {number_type!k}.",
        "click_not_in_range": "{value} is not in the range {range}.",
        "click_does_not_exist": "{name!k} {filename!r} does not exist.",
        "click_is_a_file": "{name!k} {filename!r} is a file.",
        "click_is_a_directory": "{name!k} {filename!r} is a directory.",
        "click_not_readable": "{name!k} {filename!r} is not readable.",
        "click_not_writable": "{name!k} {filename!r} is not writable.",
        "click_extra_argument": "Got unexpected extra argument ({args})",
        "click_extra_arguments": "Got unexpected extra arguments ({args})",
        "click_missing_command": "Missing command.",
        # quotes checked against the articles (graph validate)
        "quote_not_in_article": "The quote is not found word for word in {file}, the text of {source}.{cited}",
        "cited_by": " Cited by {names}.",
        "quotes_checked": "Quotes checked against the articles: {quotes} in {articles} article file(s).",
        "quotes_unchecked": "Quotes were not checked against the articles (give {flag_articles} DIR, the folder holding them).",
        "no_article": "{path}: no such file, yet aij:seedFile names it as the text of {source}",
        "bad_seed_file": "{source}: aij:seedFile {name!q} is not a plain file name",
        "not_directory": "{path}: not a folder",
    },
    "id": {
        "unknown_name": "Tidak ada {kind!k} bernama {name!q}.{hint}",
        "did_you_mean": " Mungkin maksud Anda: {names}?",
        "ambiguous": "{name!q} bermakna ganda: bisa {candidates}; sebut salah satunya dengan IRI-nya.",
        "ambiguous_coded": "{name!q} bermakna ganda: bisa {candidates}; sebut salah satunya dengan kode atau IRI-nya.",
        "candidate": "{label} ({kind!k})",
        "candidate_coded": "{label} ({kind!k}, {code})",
        "wrong_kind": "{name!q} adalah {found!k}, bukan {wanted!k}.",
        "bad_value": "{subject}: nilai {name} {value!r} {problem}",
        "not_whole": "bukan bilangan bulat",
        "not_number": "bukan angka",
        "not_finite": "bukan angka yang terhingga",
        "not_positive": "bukan angka positif",
        "not_boolean": "bukan true atau false",
        "not_positive_whole": "bukan bilangan bulat positif",
        "off_scale": "tidak ada pada skala tingkat ({scale})",
        "cannot_project": "data tidak bisa diolah untuk menghitung jalur (“{error}”); jalankan `graph validate` untuk "
                          "menemukan sumber daya yang rusak",
        "no_roles": "data tidak memuat peran (tidak ada aij:Role): apakah berkas peran hilang atau kosong?",
        "requirements_without_role": "{node} punya persyaratan keterampilan (aij:ofRole) tetapi bukan peran "
                                     "(aij:Role): apakah definisinya hilang dari berkas peran?",
        "required_without_effort": "{node} dibutuhkan atau disebut sebagai prasyarat, tetapi bukan keterampilan "
                                   "dengan perkiraan waktu belajar (aij:effortHours)",
        "requires_matched_twins": "{role} membutuhkan {skill} sekaligus {twin}, yang oleh padanan keterampilan "
                                  "dijadikan satu keterampilan: pertahankan salah satunya",
        "matches_within_taxonomy": "{first} dan {second} saling dipadankan lewat padanan keterampilan, padahal "
                                   "berada dalam satu taksonomi: sebuah keterampilan berpadanan paling banyak dengan "
                                   "satu keterampilan dari tiap taksonomi",
        "prerequisite_cycle": "prasyarat berputar: {cycle:arrow}",
        "not_holdable": "{skill} bukan keterampilan dengan perkiraan waktu belajar, jadi tidak bisa dimiliki",
        "paths_at_least_one": "jumlah jalur paling sedikit 1, bukan {k}",
        "moves_at_least_one": "jumlah langkah terbanyak dalam satu jalur paling sedikit 1, bukan {max_steps}",
        "source_avoided": "peran awal tidak bisa sekaligus dihindari",
        "target_avoided": "peran tujuan tidak bisa sekaligus dihindari",
        "via_avoided": "peran yang harus dilalui juga termasuk peran yang dihindari",
        "via_is_an_end": "peran yang harus dilalui harus berbeda dari peran awal dan peran tujuan",
        "via_outside_sector": "peran yang harus dilalui tidak berada di sektor tersebut",
        "bad_budget": "batas per langkah harus berupa jumlah jam yang terhingga dan lebih dari nol, bukan {max_step:g}",
        "moves_to_list_at_least_one": "jumlah langkah yang ditampilkan paling sedikit 1, bukan {k}",
        "unknown_order": "urutan {order!r} tidak dikenal: pilih salah satu dari {choices}",
        "no_path": "Tidak ada jalur dari {source} ke {target} dengan langkah paling banyak {max_step:g} jam.",
        "the_profile": "profil",
        "view_too_large": "graf ini punya {nodes:,} simpul, lebih dari {max_nodes:,} yang masih nyaman ditata peramban",
        "view_too_large_focused": "tampilan ini punya {nodes:,} simpul, lebih dari {max_nodes:,} yang masih nyaman "
                                  "ditata peramban",
        "depth_at_least_one": "kedalaman tampilan paling sedikit 1, bukan {depth}",
        "not_drawn": "{name!r} adalah {kind!k} dan tidak digambar: tampilan berpusat pada peran, keterampilan, sektor "
                     "atau isu",
        "unknown_language": "bahasa {lang!r} tidak dikenal; pilih salah satu dari {choices}",
        "cannot_read": "{path}: tidak bisa dibaca ({reason})",
        "no_file": "{path}: berkas tidak ada",
        "no_directory": "{path}: folder tidak ada",
        "not_regular": "{path}: bukan berkas biasa",
        "dataset_too_old": "{path}: ditulis oleh versi lama alat ini; impor lagi sumbernya ke folder baru",
        "no_dataset_version": "{path}: tidak menunjuk versi mana pun dari dataset ini ({name!r}); impor lagi sumbernya",
        "dataset_layout": "{path}: tata letak dataset {found}, alat ini membaca {wanted}; impor lagi sumbernya",
        "not_a_manifest": "{path}: bukan manifes dataset (“{error}”)",
        "digest_mismatch": "{path}: tidak cocok dengan digest di {manifest} (berubah atau rusak); impor lagi",
        "cannot_create_dataset": "{path}: folder dataset tidak bisa dibuat ({reason})",
        "cannot_write_dataset": "{path}: dataset tidak bisa ditulis ({reason})",
        "no_ontology": "ontologi bawaan tidak ditemukan (sudah dicari di {places:and})",
        "no_ttl_files": "{path}: tidak ada berkas .ttl",
        "located": "{where}: {error}",
        "ill_typed": "{where}: {value!r} bukan {datatype} yang sah",
        "bad_syntax": "{where}: sintaks {syntax} salah (“{why}”)",
        "invalid_term": "graf memuat term yang bukan RDF sah (“{error}”)",
        "no_shapes": "{path}: berkas ini tidak memuat shape SHACL (tidak ada sh:NodeShape atau sh:PropertyShape)",
        "bad_shapes": "{where}: shape SHACL tidak sah ({detail})",
        "shapes_graph": "graf shape",
        "shape_sparql": "{shape}: SPARQL-nya tidak bisa diurai: “{error}”",
        "unknown_format": "format {fmt!r} tidak dikenal; pilih salah satu dari {choices}",
        "format_unsuited": "format keluaran {fmt} tidak cocok untuk kueri {type}; pilih {choices}",
        "cannot_write": "{path}: tidak bisa ditulis ({reason})",
        "permission_denied": "izin ditolak",
        "is_a_directory": "{path}: adalah folder",
        "not_writable_kind": "{path}: bukan berkas biasa, FIFO, atau perangkat karakter",
        "cannot_create_folder": "{path}: folder {folder} tidak bisa dibuat ({reason})",
        "no_folder": "{path}: folder {folder} tidak ada",
        "not_utf8_text": "bukan teks UTF-8",
        "cannot_read_profile": "{path}: profil tidak bisa dibaca: {reason}",
        "profile_not_utf8": "{where}: bukan berkas teks UTF-8 ({reason})",
        "not_toml": "{where}: bukan TOML yang sah: “{error}”",
        "profile_key": "{where}: kunci {key!r} tidak dikenal: profil berisi `roles = [...]` dan tabel [skills]",
        "profile_skills": "{where}: `skills` harus berupa tabel: [skills] lalu satu `nama = tingkat` per baris",
        "profile_roles": "{where}: `roles` harus berupa daftar nama peran, misalnya roles = [\"Analis Data\"]",
        "profile_empty": "{where}: profil tidak menyebut keterampilan maupun peran",
        "not_name_level": "{where}: {entry!r} bukan NAMA=TINGKAT (misalnya \"Statistik=3, Pemrograman=2\")",
        "level_not_whole": "{where}: tingkat {name!r} harus bilangan bulat, bukan {value!r}",
        "level_off_scale": "{where}: tingkat {name!r} harus bilangan bulat dari {low} sampai {high} (skala "
                           "kemahiran), bukan {level!r}",
        "bad_cell": "{where}: kolom {number} ({column!r}): {problem}",
        "expected_number": "seharusnya angka, ternyata {found!r}",
        "expected_number_in": "seharusnya angka dari {low:g} sampai {high:g}, ternyata {found!r}",
        "expected_one_of": "seharusnya salah satu dari {allowed}, ternyata {found!r}",
        "empty_cell": "kosong",
        "unknown_in_file": "{what!k} {value!r} tidak dikenal (tidak ada di {file})",
        "appears_twice": "{what!k} {value!r} muncul dua kali",
        "expected_esco_uri": "seharusnya URI ESCO, ternyata {found!r}",
        "expected_isco_uri": "seharusnya {expected!r} untuk kode ISCO {code!r}, ternyata {found!r}",
        "expected_occupation_uri": "seharusnya URI pekerjaan ESCO ({base}...), ternyata {found!r}",
        "not_utf8": "{where}: bukan teks UTF-8 (bita {byte}); simpan berkasnya sebagai UTF-8",
        "missing_column": "{where}: kolom {column!r} tidak ada{hint}",
        "renamed": " (berganti nama menjadi {name!r}?)",
        "header_has": "; baris judulnya berisi {columns}",
        "empty_table": "{where}: berkasnya kosong (seharusnya ada baris judul)",
        "field_count": "{where}: seharusnya {expected} kolom yang dipisahkan {sep!k}, ternyata {found}",
        "bad_csv": "{where}: CSV rusak (“{error}”)",
        "official_layout": "{path}: berkas tidak ada (tata letak resmi membutuhkan {files:and})",
        "no_skill_links": "{path}: tidak ada tautan pekerjaan–keterampilan (seharusnya {files:and}, atau {labels})",
        "no_release": "{path}: rilisnya tidak bisa diketahui dari nama folder; sebutkan rilisnya secara eksplisit",
        "no_source_files": "{path}: tidak ada berkas {what!k} di sini (seharusnya {files})",
        "crosswalk_first": "impor O*NET dan ESCO ke dataset sebelum tabel padanan (belum ada: {missing})",
        "empty_query": "{source}: kuerinya kosong",
        "update_refused": "{source}: {operations} adalah pembaruan SPARQL; graph query hanya membaca dan hanya "
                          "menjalankan SELECT, ASK, CONSTRUCT dan DESCRIBE",
        "bad_query": "{where}: “{error}”, ternyata {found}",
        "end_of_query": "akhir kueri",
        "query_error": "{source}: “{error}”",
        "service_variable": "{source}: SERVICE {term} bisa memanggil server mana saja: sebut IRI endpoint-nya",
        "service_not_allowed": "{source}: SERVICE <{url}> akan mengirim data ke server yang tidak diizinkan",
        "service_unsafe": "{source}: SERVICE <{url}> tidak bisa dipanggil dengan aman seperti tertulis: tulis sebagai "
                          "SERVICE <{url}> {{ ... }} tanpa apa pun lagi di barisnya",
        "limit_timeout": "kueri tidak selesai dalam {value:g} detik",
        "limit_results": "kueri memberi lebih dari {value:,} hasil",
        "query_stopped": "kueri berhenti sebelum menjawab (kehabisan memori?)",
        "query_failed": "kueri gagal: “{error}”",
        "not_http": "endpoint {url!r} bukan URL http:// atau https://",
        "credentials_in_url": "taruh kredensial endpoint di GRAPH_ENDPOINT_USER dan GRAPH_ENDPOINT_PASSWORD (atau "
                              "pakai {flag_user}), bukan di URL",
        "url_query": "endpoint {url!r} memuat query string atau fragmen; berikan URL dasar server",
        "not_absolute_iri": "nama graf {iri!r} bukan IRI absolut (seperti https://example.org/graph)",
        "not_rdf": "{url} menjawab {media}, bukan RDF: apakah itu endpoint SPARQL?",
        "no_content_type": "tanpa jenis konten",
        "unreadable_rdf": "{url} menjawab {media} yang tidak bisa dibaca: “{error}”",
        "cut_short": "{url} mengirim {sent:,} dari {expected:,} tripel yang dimuat graf: server memotong jawabannya "
                     "(batas baris hasil, seperti ResultSetMaxRows di Virtuoso) atau graf berubah selama dibaca",
        "bad_count": "{url} menjawab kueri COUNT dengan {media} yang bukan hasil SPARQL JSON",
        "not_csv": "{url} menjawab kueri SELECT dengan {media}, bukan hasil SPARQL CSV (text/csv): apakah itu "
                   "endpoint SPARQL?",
        "unreadable_csv": "{url} menjawab CSV yang tidak bisa dibaca (“{error}”)",
        "csv_row_width": "{url} menjawab satu baris CSV berisi {found} nilai, padahal seharusnya {expected}",
        "graph_changed": "{graph} di {url} berubah selama dibaca (diterbitkan ulang?): jawaban dari campuran dua versi "
                         "tidak ditampilkan; jalankan perintahnya lagi",
        "abandoned": "{error}; {fate}",
        "abandoned_staging_left": "{error}; {fate}; graf sementara <{staging}> tidak bisa dihapus (hapus secara "
                                  "manual)",
        "fate_unknown": "{graph} mungkin sudah atau belum diganti",
        "fate_unchanged": "{graph} tidak berubah",
        "fate_pending": "{graph} belum diganti, tetapi server mungkin masih memindahkan graf sementara <{staging}> ke "
                        "sana (hapus secara manual jika tidak kunjung terjadi)",
        "move_too_slow": "{url} tidak menyelesaikan MOVE terakhir dalam {timeout:.3g} detik (naikkan "
                         "{flag_move_timeout} jika servernya hanya lambat)",
        "named_graph": "graf <{iri}>",
        "default_graph": "graf bawaan",
        "too_slow": "{url} tidak menjawab dalam {timeout:.3g} detik (naikkan {flag_timeout} jika servernya hanya lambat)",
        "connection_refused": "{url} tidak bisa dihubungi: sambungan ditolak (apakah servernya berjalan?)",
        "unreachable": "{url} tidak bisa dihubungi: {reason}",
        "connection_failed": "{url}: sambungan gagal (“{error}”)",
        "credentials_refused": "{url} menolak kredensial pengguna {user!r} ({status})",
        "credentials_needed": "{url} meminta kredensial ({status}): isi GRAPH_ENDPOINT_USER dan "
                              "GRAPH_ENDPOINT_PASSWORD, atau pakai {flag_user}",
        "http_status": "{url} menjawab {status}",
        "http_status_detail": "{url} menjawab {status}: “{detail}”",
        "construct_not_rdf": "{url} {detail} untuk kueri CONSTRUCT: apakah itu endpoint SPARQL?",
        "answers_instead": "menjawab {media}, bukan {accept}",
        "no_update": "tanpa SPARQL Update",
        "empty_remote_graph": "graf <{iri}> di {url} kosong: terbitkan dulu dengan "
                              "`graph push --endpoint {base} --graph {iri}`",
        "empty_remote_default": "graf bawaan di {url} kosong: terbitkan dulu dengan `graph push --endpoint {base}`",
        "error_line": "Kesalahan: {message}",
        "usage_hint": "{message} (lihat '{command} --help')",
        "allow_service": "{error}: izinkan dengan {flag} {url}",
        "raise_limit": "{error} (naikkan {flag} jika kueri perlu berjalan lebih jauh)",
        "not_a_number": "{value!q} bukan angka.",
        "not_a_finite_number": "{value!q} bukan angka yang terhingga.",
        "data_or_endpoint": "pakai {data} atau {endpoint}, jangan keduanya",
        "refresh_needs_endpoint": "{refresh} hanya berlaku bersama {endpoint}",
        "nothing_to_search": "{text!r} tidak memuat huruf atau angka untuk dicari",
        "only_target": "dengan {me} atau {have}, berikan hanya peran tujuan: {usage}",
        "start_and_target": "berikan peran awal dan peran tujuan (atau {me} BERKAS): {usage}",
        "role_or_person": "berikan sebuah peran (atau {me} BERKAS, {have} KETERAMPILAN): {usage}",
        "role_and_person": "berikan sebuah peran atau {me}/{have}, jangan keduanya: {usage}",
        "via_and_avoid": "{via} dan {avoid} menyebut peran yang sama",
        "no_example": "tidak ada contoh kueri bernama {name!r}; contohnya: {examples}",
        "cannot_read_query": "{source}: kueri tidak bisa dibaca ({reason})",
        "query_too_long": "{source}: kueri tidak bisa dibaca (lebih dari {limit:,} karakter)",
        "depth_needs_around": "{depth} membutuhkan {around}.",
        "around_not_drawn": "{name!r} adalah {kind!k} dan tidak digambar: {around} menerima peran, keterampilan, "
                            "sektor atau isu",
        "narrow_view": "{error}; persempit: {depth} yang lebih kecil, atau {sector} dan {concern} bersamaan",
        "focus_view": "{error}; gambar sebagian saja dengan {around} NAMA {depth} N, {path} DARI KE, {sector} S atau "
                      "{concern} I",
        "import_needs_data": "pilih folder dataset tujuan impor dengan {data} FOLDER (atau GRAPH_DATA); graf bawaan "
                             "tidak pernah diubah",
        "next_hint": "Coba {flag} yang lebih besar.",
        "note": "Catatan: {text}",
        "wrote_page": "Menulis {path} ({size:,} bita; {nodes} simpul, {edges} sisi).",
        "click_no_such_option": "Opsi {name!r} tidak ada.{hint}",
        "click_no_such_command": "Perintah {name!r} tidak ada.{hint}",
        "click_maybe": " Mungkin maksud Anda {possibility}?",
        "click_maybe_many": " (Mungkin maksud Anda salah satu dari: {possibilities}?)",
        "click_missing_argument": "Argumen {hint} tidak diberikan.{extra}",
        "click_missing_option": "Opsi {hint} tidak diberikan.{extra}",
        "click_missing_parameter": "Parameter {hint} tidak diberikan.{extra}",
        "click_choose_from": " Pilih dari:\n\t{choices:lines}",
        "click_requires_argument": "Opsi {name!r} membutuhkan satu nilai.",
        "click_requires_arguments": "Opsi {name!r} membutuhkan {nargs} nilai.",
        "click_takes_no_value": "Opsi {name!r} tidak menerima nilai.",
        "click_takes_values": "Argumen {name!r} menerima {nargs} nilai.",
        "click_invalid_value_for": "Nilai tidak sah untuk {hint}: {message}",
        "click_invalid_value": "Nilai tidak sah: {message}",
        "click_not_choice": "{value!r} bukan {choice}.",
        "click_not_one_of": "{value!r} bukan salah satu dari {choices}.",
        "click_not_valid": "{value!r} bukan {number_type!k} yang sah.",
        "click_not_in_range": "{value} tidak berada dalam rentang {range}.",
        "click_does_not_exist": "{name!k} {filename!r} tidak ada.",
        "click_is_a_file": "{name!k} {filename!r} adalah berkas.",
        "click_is_a_directory": "{name!k} {filename!r} adalah folder.",
        "click_not_readable": "{name!k} {filename!r} tidak bisa dibaca.",
        "click_not_writable": "{name!k} {filename!r} tidak bisa ditulis.",
        "click_extra_argument": "Ada argumen tambahan yang tidak diharapkan ({args})",
        "click_extra_arguments": "Ada argumen tambahan yang tidak diharapkan ({args})",
        "click_missing_command": "Perintah tidak diberikan.",
        "quote_not_in_article": "Kutipan ini tidak ditemukan persis di {file}, teks artikel {source}.{cited}",
        "cited_by": " Dikutip oleh {names}.",
        "quotes_checked": "Kutipan diperiksa terhadap artikelnya: {quotes} kutipan di {articles} berkas artikel.",
        "quotes_unchecked": "Kutipan tidak diperiksa terhadap artikelnya (berikan {flag_articles} FOLDER, folder tempat artikel itu).",
        "no_article": "{path}: berkas tidak ada, padahal aij:seedFile menyebutnya sebagai teks artikel {source}",
        "bad_seed_file": "{source}: aij:seedFile {name!q} bukan nama berkas biasa",
        "not_directory": "{path}: bukan folder",
    },
}

#: Kinds of things messages name (``{x!k}``), in Indonesian; in English a kind is its own name.
THINGS_ID = {
    "entity": "entitas", "thing": "hal", "role": "peran", "skill": "keterampilan", "knowledge": "pengetahuan",
    "technology": "teknologi", "trait": "sifat pribadi", "sector": "sektor", "concern": "isu", "family": "kelompok peran",
    "usecase": "contoh penerapan", "route": "jalur pelatihan", "organization": "organisasi",
    "occupation": "pekerjaan", "task": "tugas", "ISCO group": "kelompok ISCO", "crosswalk": "tabel padanan",
    "tab": "tab", "comma": "koma", "integer": "bilangan bulat", "float": "angka", "File": "Berkas",
    "Directory": "Folder", "Path": "Jalur berkas",
}

#: How a list is joined (``{xs:and}``, ...), by language.
JOINERS = {"en": {"and": " and ", "or": " or ", "arrow": " → ", "lines": ",\n\t"},
           "id": {"and": " dan ", "or": " atau ", "arrow": " → ", "lines": ",\n\t"}}

#: Why a file could not be read or written, by ``errno`` name, in Indonesian (English keeps the system's words).
OS_REASONS_ID = {
    "ENOENT": "berkas atau folder tidak ada", "EACCES": "izin ditolak", "EPERM": "operasi tidak diizinkan",
    "EISDIR": "adalah folder", "ENOTDIR": "bukan folder", "ENOSPC": "ruang penyimpanan habis",
    "EROFS": "sistem berkas hanya-baca", "EEXIST": "sudah ada", "ELOOP": "terlalu banyak tautan simbolik",
    "ENAMETOOLONG": "nama berkas terlalu panjang", "ECONNREFUSED": "sambungan ditolak",
    "ETIMEDOUT": "waktu habis", "EHOSTUNREACH": "host tidak bisa dijangkau", "ENETUNREACH": "jaringan tidak bisa "
    "dijangkau", "ENXIO": "perangkat atau alamat tidak ada",
}


class _Words(string.Formatter):
    """:meth:`str.format` with the conversions, specs and values described in the module's docstring."""

    def __init__(self, lang: str, context: dict):
        super().__init__()
        self.lang, self.context = lang, context

    def get_value(self, key, args, kwargs):
        return kwargs[key] if key in kwargs else self.context[key]

    def _plain(self, value):
        """A value as the language shows it, before any conversion: a label in the language, a phrase worded."""
        if isinstance(value, dict) and "en" in value:
            return value.get(self.lang) or value["en"]
        if isinstance(value, (Phrase, GraphError)):
            return message(value, self.lang, **self.context)
        return value

    def convert_field(self, value, conversion):
        value = self._plain(value)
        if conversion == "q":
            return quoted(str(value))
        if conversion == "k":
            return value if self.lang == "en" else THINGS_ID.get(value, value)
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        value = self._plain(value)
        if isinstance(value, (list, tuple)):
            joiner = JOINERS[self.lang].get(format_spec, ", ")
            return joiner.join(self.format_field(item, "") for item in value)
        if isinstance(value, OSError):
            return _os_reason(value, self.lang)
        if isinstance(value, UnicodeError):
            return message(Phrase("not_utf8_text"), self.lang) if self.lang != "en" else str(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return number(format(value, format_spec), self.lang)
        return format(value, format_spec)


def number(text: str, lang: str) -> str:
    """A number written in English (``1,234.5``) as ``lang`` writes it (``1.234,5``).

    Examples
    --------
    >>> number("1,234.5", "id"), number("1,234.5", "en")
    ('1.234,5', '1,234.5')
    """
    return text.translate(str.maketrans(",.", ".,")) if lang == "id" else text


def _os_reason(err: OSError, lang: str) -> str:
    """Why a file operation failed: the system's words in English, the Indonesian ones for the usual reasons."""
    if lang != "en" and errno.errorcode.get(err.errno) in OS_REASONS_ID:
        return OS_REASONS_ID[errno.errorcode[err.errno]]
    return err.strerror or str(err)


def message(item, lang: str, **context) -> str:
    """Word an error or a :class:`graph.errors.Phrase` in ``lang`` ('en' or 'id').

    ``context`` holds facts every template may use besides the item's own (the CLI's flag names).

    Examples
    --------
    >>> from graph.errors import UnknownNameError
    >>> err = UnknownNameError("Data Analist", [{"en": "Data Analyst", "id": "Analis Data"}], "role")
    >>> message(err, "en")
    "No role named 'Data Analist'. Did you mean: Data Analyst?"
    >>> message(err, "id")
    "Tidak ada peran bernama 'Data Analist'. Mungkin maksud Anda: Analis Data?"
    >>> message(Phrase("limit_results", value=10000), "id")
    'kueri memberi lebih dari 10.000 hasil'
    """
    return _Words(lang, context).vformat(MESSAGES[lang][item.key], (), item.params)
