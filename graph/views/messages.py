"""Every word a user reads, in English and Indonesian: the one place that holds the wording of both languages.

:data:`MESSAGES` words what goes wrong and what the commands report (one line each);
:data:`TEXT_WORDS`, :data:`DRAWING_WORDS` and :data:`PAGE_WORDS` hold the headings, units and
hints of the text views, of the page `graph viz` draws and of the web app's pages;
:data:`HELP`, :data:`HELP_WORDS` and :data:`METAVARS` the help of every command and option,
click's own words in it and its metavariables.

Errors (:mod:`graph.errors`) hold a message key and its facts; :func:`message` words them in
a language. Templates are :meth:`str.format` strings with these additions:

- ``{x!q}``: the value quoted and cut to 60 characters (:func:`graph.errors.quoted`);
- ``{x!k}``: a kind of thing ('role', 'occupation', 'comma', ...) in the message's language;
- ``{xs:and}``, ``{xs:or}``, ``{xs:arrow}``: a list joined by the language's "and", "or" or "→"
  (a list without a spec is joined by commas);
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
        "wrote_export": "Wrote {path} ({size:,} bytes, {fmt}).",
        "one_row": "({n:,} row)",
        "rows": "({n:,} rows)",
        "password_for": "Password for {user}",
        "pushed": "Pushed {triples:,} triples ({size:,} bytes of N-Triples in {requests}, {protocol}) to {graph} at "
                  "{base} in {seconds:.2f} s.",
        "pushed_graph": "graph <{iri}>",
        "one_request": "{n:,} request",
        "requests": "{n:,} requests",
        "check_server": "Server {base} (queries at {url})",
        "check_move": "replace in one step",
        "check_push": "push",
        "check_yes": "yes",
        "check_no": "no",
        "check_push_by": "chunks by {protocol} into a staging graph, then MOVE",
        "check_push_needs": "graph push needs SPARQL Update with MOVE",
        "importing": "Importing",
        "step_parse": "reading the dataset",
        "step_project": "building the graph for paths",
        "step_move_costs": "costing the moves",
        "step_write": "writing the dataset",
        "step_occupation_skills": "occupation skills",
        "imported": "Imported {title} into {target}: {counts}, {triples:,} triples.",
        "import_more": "… {n:,} more, all listed in {manifest}",
        "count_roles": "{n:,} roles",
        "count_families": "{n:,} families",
        "count_requirements": "{n:,} requirements",
        "count_technologies": "{n:,} technologies",
        "count_activities": "{n:,} activities",
        "count_tasks": "{n:,} tasks",
        "count_links": "{n:,} links",
        "count_remapped": "{n:,} remapped codes",
        "count_skipped": "{n:,} skipped rows",
        "also_read": "also read: {files}",
        "no_optional_files": "none of the optional files",
        "optional_not_found": "not found (optional): {files}",
        "skipped_not_imported": "{where}: ESCO occupation {uri} is not imported",
        "skipped_retired_code": "{where}: O*NET-SOC 2010 code {code} ({title}) is not in O*NET today and {why} that "
                                "title",
        "no_occupation_has": "no occupation has",
        "occupations_have": "{n} occupations have",
        "conforms": "Graph conforms: {shapes} shapes ({rules} rules) checked, {triples:,} triples, no violations.",
        "does_not_conform": "Graph does not conform: {violations:,} violation(s) on {resources:,} resource(s), "
                            "{shapes} shapes checked.",
        "violation_value": "[value: {value}]",
        "shape_message": "{text}",
        "severity_Warning": "Warning:",
        "severity_Info": "Info:",
        "cannot_listen": "cannot listen on {host}:{port}: {reason}",
        "not_loopback": "Warning: listening on {host}, not a loopback address: other machines can reach this server.",
        "serving": "Serving the graph at {url} (Ctrl+C to stop)",
        # the web app's query parameters
        "param_too_long": "{name}: longer than {limit:,} characters",
        "param_missing": "{name}: missing (give {name}=...)",
        "param_not_whole": "{name}: {value!q} is not a whole number",
        "param_not_number": "{name}: {value!q} is not a number",
        "param_out_of_range": "{name}: {value!q} is not a {what} {bound} and at most {high:g}",
        "whole_number": "whole number",
        "finite_number": "finite number",
        "more_than": "more than {low:g}",
        "at_least": "at least {low:g}",
        "param_not_one_of": "{name}: {value!q} is not one of {choices}",
        "param_nothing_to_search": "{name}: {value!q} has no letters or digits to search for",
        "role_or_have_not_both": "give a {start} ({name}=...) or skills held (have=NAME=LEVEL, ...), not both",
        "role_or_have_missing": "{name}: missing (give {name}=ROLE, or have=NAME=LEVEL, ... for skills held)",
        "starting_role": "starting role",
        "a_role": "role",
        # click's own messages (its gettext message ids, recognised by the CLI)
        "click_no_such_option": "No such option {name!r}.{hint}",
        "click_no_such_command": "No such command {name!r}.{hint}",
        "click_maybe": " Did you mean {possibility}?",
        "click_maybe_many": " (Did you mean one of: {possibilities}?)",
        "click_missing_argument": "Missing argument {hint}.{extra}",
        "click_missing_option": "Missing option {hint}.{extra}",
        "click_missing_parameter": "Missing parameter {hint}.{extra}",
        "click_choose_from": " Choose from: {choices}",
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
        "wrote_export": "Menulis {path} ({size:,} bita, {fmt}).",
        "one_row": "({n:,} baris)",
        "rows": "({n:,} baris)",
        "password_for": "Kata sandi untuk {user}",
        "pushed": "Mengirim {triples:,} tripel ({size:,} bita N-Triples dalam {requests}, {protocol}) ke {graph} di "
                  "{base} dalam {seconds:.2f} detik.",
        "pushed_graph": "graf <{iri}>",
        "one_request": "{n:,} permintaan",
        "requests": "{n:,} permintaan",
        "check_server": "Server {base} (kueri di {url})",
        "check_move": "ganti dalam satu langkah",
        "check_push": "graph push",
        "check_yes": "ya",
        "check_no": "tidak",
        "check_push_by": "bertahap lewat {protocol} ke graf sementara, lalu MOVE",
        "check_push_needs": "graph push membutuhkan SPARQL Update dengan MOVE",
        "importing": "Mengimpor",
        "step_parse": "membaca dataset",
        "step_project": "menyusun graf untuk jalur",
        "step_move_costs": "menghitung biaya langkah",
        "step_write": "menulis dataset",
        "step_occupation_skills": "keterampilan pekerjaan",
        "imported": "Mengimpor {title} ke {target}: {counts}, {triples:,} tripel.",
        "import_more": "… {n:,} lainnya, semuanya tercatat di {manifest}",
        "count_roles": "{n:,} peran",
        "count_families": "{n:,} kelompok",
        "count_requirements": "{n:,} persyaratan",
        "count_technologies": "{n:,} teknologi",
        "count_activities": "{n:,} aktivitas",
        "count_tasks": "{n:,} tugas",
        "count_links": "{n:,} tautan",
        "count_remapped": "{n:,} kode yang dipetakan ulang",
        "count_skipped": "{n:,} baris yang dilewati",
        "also_read": "juga dibaca: {files}",
        "no_optional_files": "tidak satu pun berkas opsional",
        "optional_not_found": "tidak ditemukan (opsional): {files}",
        "skipped_not_imported": "{where}: pekerjaan ESCO {uri} belum diimpor",
        "skipped_retired_code": "{where}: kode O*NET-SOC 2010 {code} ({title}) tidak ada di O*NET sekarang dan {why} "
                                "judul itu",
        "no_occupation_has": "tidak ada pekerjaan yang memakai",
        "occupations_have": "{n} pekerjaan memakai",
        "conforms": "Graf sesuai: {shapes} shape ({rules} aturan) diperiksa, {triples:,} tripel, tanpa pelanggaran.",
        "does_not_conform": "Graf tidak sesuai: {violations:,} pelanggaran pada {resources:,} sumber daya, "
                            "{shapes} shape diperiksa.",
        "violation_value": "[nilai: {value}]",
        "shape_message": "{text}",
        "severity_Warning": "Peringatan:",
        "severity_Info": "Informasi:",
        "cannot_listen": "tidak bisa mendengarkan di {host}:{port}: {reason}",
        "not_loopback": "Peringatan: mendengarkan di {host}, bukan alamat loopback: mesin lain bisa menjangkau server "
                        "ini.",
        "serving": "Menyajikan graf di {url} (Ctrl+C untuk berhenti)",
        "param_too_long": "{name}: lebih dari {limit:,} karakter",
        "param_missing": "{name}: tidak diberikan (berikan {name}=...)",
        "param_not_whole": "{name}: {value!q} bukan bilangan bulat",
        "param_not_number": "{name}: {value!q} bukan angka",
        "param_out_of_range": "{name}: {value!q} bukan {what} {bound} dan paling banyak {high:g}",
        "whole_number": "bilangan bulat",
        "finite_number": "angka terhingga",
        "more_than": "lebih dari {low:g}",
        "at_least": "paling sedikit {low:g}",
        "param_not_one_of": "{name}: {value!q} bukan salah satu dari {choices}",
        "param_nothing_to_search": "{name}: {value!q} tidak memuat huruf atau angka untuk dicari",
        "role_or_have_not_both": "berikan {start} ({name}=...) atau keterampilan yang dimiliki (have=NAMA=TINGKAT, "
                                 "...), jangan keduanya",
        "role_or_have_missing": "{name}: tidak diberikan (berikan {name}=PERAN, atau have=NAMA=TINGKAT, ... untuk "
                                "keterampilan yang dimiliki)",
        "starting_role": "peran awal",
        "a_role": "peran",
        "click_no_such_option": "Opsi {name!r} tidak ada.{hint}",
        "click_no_such_command": "Perintah {name!r} tidak ada.{hint}",
        "click_maybe": " Mungkin maksud Anda {possibility}?",
        "click_maybe_many": " (Mungkin maksud Anda salah satu dari: {possibilities}?)",
        "click_missing_argument": "Argumen {hint} tidak diberikan.{extra}",
        "click_missing_option": "Opsi {hint} tidak diberikan.{extra}",
        "click_missing_parameter": "Parameter {hint} tidak diberikan.{extra}",
        "click_choose_from": " Pilih dari: {choices}",
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
JOINERS = {"en": {"and": " and ", "or": " or ", "arrow": " → "},
           "id": {"and": " dan ", "or": " atau ", "arrow": " → "}}

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


def from_record(record):
    """A phrase kept as data (``{"key": ..., "params": {...}}``, as an import's notes are) as a :class:`Phrase`.

    Parameters that are records themselves become phrases too; anything else is kept as it is.

    Examples
    --------
    >>> note = {"key": "also_read", "params": {"files": {"key": "no_optional_files", "params": {}}}}
    >>> message(from_record(note), "id")
    'juga dibaca: tidak satu pun berkas opsional'
    """
    if isinstance(record, dict) and set(record) == {"key", "params"}:
        return Phrase(record["key"], **{name: from_record(value) for name, value in record["params"].items()})
    return record


# ------------------------------------------------------------------ the words of the views

#: The words of the text views (:mod:`graph.views.text`): headings, units, plurals, hints.
TEXT_WORDS = {
    "en": {
        "sectors": "Sectors", "families": "Families", "concerns": "Concerns", "use_cases": "Use cases",
        "training_routes": "Training routes", "growth_outlook": "Outlook", "prerequisites": "Prerequisites",
        "broader": "Part of", "role": "Roles", "skill": "Skills", "sector": "Sectors",
        "prerequisite_of": "Needed before", "required_by": "Required by",
        "requirements": {"skill": "Skills required", "knowledge": "Knowledge required", "technology": "Technologies used",
                         "trait": "Traits asked for (not learned by study)"},
        "evidence": "Evidence", "curated": "Curated", "matches": "Matches", "effort_unit": "Effort per level unit",
        "unplannable": "No essential skill rated: a move into this role cannot be costed, so no learning path ends here.",
        "more": "and {n} more", "no_match": "Nothing matches these filters.", "no_search": "Nothing is named like “{q}”.",
        "found_as": "as", "more_found": "… and {n} more ({total} in all)",
        "namesake": "Also named “{name}”",
        "essential": "essential", "optional": "optional", "prerequisite": "prerequisite", "level": "level",
        "trait": "not learned by study", "traits": "Traits asked for, not learned by study (no hours)",
        "alt": "Also called", "path": "Path", "of": "of", "moves": "moves", "move": "move",
        "from_to": "From {a} to {b}", "total": "Total", "learn": "Learn, in this order",
        "new_concerns": "New concerns", "new_sectors": "New sectors", "nothing": "nothing new to learn",
        "same": "{a} and {b} are the same role: there is nothing to learn.",
        "weeks": "about {w} weeks of full-time study", "budget": "per-move budget {h}",
        "weeks_at": "about {w} weeks at {h} a week", "months": "about {m} months",
        "week": "about 1 week of full-time study", "week_at": "about 1 week at {h} a week",
        "you": "your profile", "met": "Your profile already meets every requirement of {b}: there is nothing to learn.",
        "direct": "Direct move: {h}, more than the per-move budget", "direct_fits": "Direct move: {h}",
        "detour": "Note: this plan costs {r}× the direct move ({h}); moving directly needs a per-move budget of {h}{flag}.",
        "no_path": "No path from {a} to {b} with moves of at most {h}",
        "no_path_steps": ", in at most {n} {moves}", "no_path_via": ", through {v}",
        "no_budget": "the smallest per-move budget that works is {h}{flag}",
        "no_budget_at_all": "no per-move budget is enough under these constraints",
        "blocked": "the budget is enough without {what}",
        "constraint": {"max_steps": "the limit on moves", "via": "the role to pass through",
                       "sector": "the sector", "avoid": "the avoided roles"},
        "relax": {"raise": " (raise {flag})", "drop": " (drop {flag})"},
        "unrated": "No path to {b}: the data rates none of its skills (no essential requirement with a level), "
                   "so a move into it cannot be costed.",
        "or": " or ", "closest": "the closest reachable role is {r}, {h} of learning away from {b}",
        "next": "Moves from {a}, most related first (per-move budget {h})",
        "next_effort": "Moves from {a}, least effort first (per-move budget {h})",
        "none_next": "No role is related enough to {a} to be listed.",
        "none_fit": "No related move from {a} fits within {h}.",
        "relatedness": "relatedness", "readiness": "readiness", "fits": "fits the budget", "over": "over the budget",
        "shares": "builds on", "to_learn": "to learn", "more_to_learn": "{n} more",
        "through": "another taxonomy; its counterpart here",
        "below_floor": "{n} of {c} roles are less related than {f} and not listed.",
        "over_budget": "{n} related roles need more than {h} in one move and are not listed.",
        "missing": "{a} has no data on {what}: it is ranked from what it has.",
        "missing_related": "{a} has no data on {what}: it is compared on what it has.",
        "related": "How related {b} is to {a}: {s}",
        "via": "{b} is in another taxonomy: it is compared through {c} ({link}).",
        "unrelated": "{b} is in another taxonomy and not aligned with any role of {a}'s: relatedness 0.",
        "signal_line": "{name}: similarity {sim} × weight {w} = {part}", "shared": "shared",
        "signals": {"activities": "what they do (work activities)", "knowledge": "what they know (knowledge)",
                    "skills": "what they can do (skills)", "technologies": "tools and technologies",
                    "titles": "what they are called (titles)", "classification": "classification group",
                    "interests": "interests (RIASEC)", "preparation": "preparation (job zone, education)"},
        "gap": "What {a} has for {b}", "matched": "Already has", "missing_essential": "Missing, essential (in learning order)",
        "missing_optional": "Missing, optional", "none": "none", "skill_col": "Skill", "effort": "Effort",
        "level_col": "Level",
        "kinds": {"role": "role", "skill": "skill", "knowledge": "knowledge area", "technology": "technology",
                  "trait": "personal trait",
                  "sector": "sector", "concern": "concern", "family": "role family",
                  "usecase": "use case", "route": "training route", "organization": "organisation"},
        "code": "Code", "preparation_level": "Preparation level (1-5)", "source": "Source",
        "exactMatch": "the same occupation in another taxonomy (skos:exactMatch)",
        "closeMatch": "a closely matching occupation in another taxonomy (skos:closeMatch)",
    },
    "id": {
        "sectors": "Sektor", "families": "Kelompok", "concerns": "Isu", "use_cases": "Contoh penerapan",
        "training_routes": "Jalur pelatihan", "growth_outlook": "Prospek", "prerequisites": "Prasyarat",
        "broader": "Bagian dari", "role": "Peran", "skill": "Keterampilan", "sector": "Sektor",
        "prerequisite_of": "Dibutuhkan sebelum", "required_by": "Dibutuhkan oleh",
        "requirements": {"skill": "Keterampilan yang dibutuhkan", "knowledge": "Pengetahuan yang dibutuhkan",
                         "technology": "Teknologi yang digunakan",
                         "trait": "Sifat pribadi yang diminta (tidak diperoleh dengan belajar)"},
        "evidence": "Bukti", "curated": "Kurasi", "matches": "Padanan",
        "unplannable": "Tidak ada keterampilan esensial yang dinilai: langkah ke peran ini tidak dapat dihitung, jadi tidak ada jalur belajar yang berakhir di sini.",
        "more": "dan {n} lainnya", "no_match": "Tidak ada yang cocok dengan filter ini.",
        "no_search": "Tidak ada yang bernama seperti “{q}”.", "found_as": "sebagai",
        "more_found": "… dan {n} lainnya ({total} seluruhnya)",
        "namesake": "Juga bernama “{name}”",
        "effort_unit": "Jam belajar per satuan tingkat", "essential": "wajib", "optional": "opsional",
        "prerequisite": "prasyarat", "trait": "tidak diperoleh dengan belajar",
        "traits": "Sifat pribadi yang diminta, tidak diperoleh dengan belajar (tanpa jam)", "level": "tingkat", "alt": "Nama lain", "path": "Jalur", "of": "dari",
        "moves": "langkah", "move": "langkah", "from_to": "Dari {a} ke {b}", "total": "Total",
        "learn": "Pelajari secara berurutan", "new_concerns": "Isu baru", "new_sectors": "Sektor baru",
        "nothing": "tidak ada yang perlu dipelajari",
        "same": "{a} dan {b} adalah peran yang sama: tidak ada yang perlu dipelajari.",
        "weeks": "sekitar {w} minggu belajar penuh waktu", "budget": "batas per langkah {h}",
        "weeks_at": "sekitar {w} minggu dengan {h} per minggu", "months": "sekitar {m} bulan",
        "week": "sekitar 1 minggu belajar penuh waktu", "week_at": "sekitar 1 minggu dengan {h} per minggu",
        "you": "profil Anda",
        "met": "Profil Anda sudah memenuhi semua persyaratan {b}: tidak ada yang perlu dipelajari.",
        "direct": "Langkah langsung: {h}, melebihi batas per langkah", "direct_fits": "Langkah langsung: {h}",
        "detour": "Catatan: rencana ini {r}× langkah langsung ({h}); pindah langsung membutuhkan batas per langkah {h}{flag}.",
        "no_path": "Tidak ada jalur dari {a} ke {b} dengan langkah paling banyak {h}",
        "no_path_steps": ", dalam paling banyak {n} {moves}", "no_path_via": ", melalui {v}",
        "no_budget": "batas per langkah terkecil yang berhasil adalah {h}{flag}",
        "no_budget_at_all": "tidak ada batas per langkah yang cukup dengan batasan ini",
        "blocked": "batasnya cukup tanpa {what}",
        "constraint": {"max_steps": "batas jumlah langkah", "via": "peran yang harus dilalui",
                       "sector": "batasan sektor", "avoid": "peran yang dihindari"},
        "relax": {"raise": " (naikkan {flag})", "drop": " (hapus {flag})"},
        "unrated": "Tidak ada jalur ke {b}: data tidak menilai satu pun keterampilannya (tidak ada persyaratan "
                   "wajib dengan tingkat), jadi langkah ke sana tidak bisa dihitung.",
        "or": " atau ", "closest": "peran terdekat yang bisa dicapai adalah {r}, {h} belajar lagi dari {b}",
        "next": "Langkah dari {a}, paling berkaitan lebih dulu (batas per langkah {h})",
        "next_effort": "Langkah dari {a}, usaha paling sedikit lebih dulu (batas per langkah {h})",
        "none_next": "Tidak ada peran yang cukup berkaitan dengan {a} untuk ditampilkan.",
        "none_fit": "Tidak ada langkah berkaitan dari {a} yang muat dalam {h}.",
        "relatedness": "keterkaitan", "readiness": "kesiapan", "fits": "muat dalam batas", "over": "melebihi batas",
        "shares": "bekal yang sudah ada", "to_learn": "perlu dipelajari", "more_to_learn": "{n} lagi",
        "through": "taksonomi lain; padanannya di sini",
        "below_floor": "{n} dari {c} peran kurang berkaitan dari {f} dan tidak ditampilkan.",
        "over_budget": "{n} peran berkaitan butuh lebih dari {h} dalam satu langkah dan tidak ditampilkan.",
        "missing": "{a} tidak punya data tentang {what}: urutannya dihitung dari data yang ada.",
        "missing_related": "{a} tidak punya data tentang {what}: dibandingkan dari data yang ada.",
        "related": "Seberapa berkaitan {b} dengan {a}: {s}",
        "via": "{b} berada di taksonomi lain: dibandingkan melalui {c} ({link}).",
        "unrelated": "{b} berada di taksonomi lain dan tidak dipadankan dengan peran mana pun di taksonomi {a}: keterkaitan 0.",
        "signal_line": "{name}: kemiripan {sim} × bobot {w} = {part}", "shared": "sama-sama",
        "signals": {"activities": "apa yang dikerjakan (aktivitas kerja)", "knowledge": "apa yang diketahui (pengetahuan)",
                    "skills": "apa yang bisa dilakukan (keterampilan)", "technologies": "alat dan teknologi",
                    "titles": "sebutan (nama jabatan)", "classification": "kelompok klasifikasi",
                    "interests": "minat (RIASEC)", "preparation": "persiapan (job zone, pendidikan)"},
        "gap": "Yang dimiliki {a} untuk {b}", "matched": "Sudah dimiliki",
        "missing_essential": "Kurang, wajib (urutan belajar)", "missing_optional": "Kurang, opsional",
        "none": "tidak ada", "skill_col": "Keterampilan", "effort": "Waktu belajar", "level_col": "Tingkat",
        "kinds": {"role": "peran", "skill": "keterampilan", "knowledge": "bidang pengetahuan", "technology": "teknologi",
                  "trait": "sifat pribadi",
                  "sector": "sektor", "concern": "isu", "family": "kelompok peran",
                  "usecase": "contoh penerapan", "route": "jalur pelatihan", "organization": "organisasi"},
        "code": "Kode", "preparation_level": "Tingkat persiapan (1-5)", "source": "Sumber",
        "exactMatch": "pekerjaan yang sama dalam taksonomi lain (skos:exactMatch)",
        "closeMatch": "pekerjaan yang sangat mirip dalam taksonomi lain (skos:closeMatch)",
    },
}

#: The words of the page `graph viz` draws (:mod:`graph.views.html`).
DRAWING_WORDS = {
    "en": {
        "title": "Jobs that grow with AI", "subtitle": "roles, skills, sectors and concerns",
        "search": "Find a role, skill, sector or concern", "search_button": "Find", "not_found": "Nothing is named “{q}”.",
        "legend": "Legend", "filters": "Filters", "kinds": "Show", "sector": "Sector", "concern": "Concern",
        "all": "all", "reset": "Reset", "finder": "Learning path", "from": "From", "to": "To", "choose": "choose a role",
        "show_path": "Show path", "clear": "Clear",
        "role": "Role", "skill": "Skill", "sectors": "Sectors", "concerns": "Concerns",
        "role_plural": "roles", "skill_plural": "skills", "sector_plural": "sectors", "concern_plural": "concerns",
        "requires": "requires (line width = level; dashed = optional)", "prerequisite": "needs first (prerequisite)",
        "in_sector": "in sector", "part_of": "part of (sector)", "addresses": "addresses concern",
        "path_edge": "learning path step",
        "exactMatch": "the same occupation in another taxonomy", "closeMatch": "a close match in another taxonomy",
        "exactMatch_edge": "same occupation (skos:exactMatch)", "closeMatch_edge": "close match (skos:closeMatch)",
        "matches": "the same skill in another taxonomy", "matches_edge": "counts as the same skill (skill match)",
        "requires_edge": "requires, level {level}, {need}", "essential": "essential", "optional": "optional",
        "prerequisite_edge": "needs first", "in_sector_edge": "in sector", "part_of_edge": "part of",
        "addresses_edge": "addresses", "effort_unit": "Effort per level unit",
        "showing": "Showing {n} of {total} nodes.", "empty": "Nothing matches these filters.",
        "empty_view": "Nothing matches this view: {focus}. Try another sector, concern or name.",
        "focus": "Focused view: {focus}.", "around": "around {name} (depth {depth})", "in": "sector {name}",
        "addressing": "concern {name}", "path_of": "Path: {a} → {b}",
        "total": "Total: {h} (about {w} weeks of full-time study)", "no_path": "No path.",
        "direct": "Direct move: {h} (more than the per-move budget of {b}).",
        "detour": "This plan costs {r}× the direct move; moving directly needs a per-move budget of {h}.", "same": "Same role: nothing to learn.",
        "learn": "learn", "nothing": "nothing new to learn", "hours": "h", "level": "level",
        "step_prereq": "prerequisite", "finder_off": "This view has {n} roles; the path finder works on at most {max}. Narrow the view (--around, --sector, --concern).",
        "hidden_roles": "Some roles on this path are not drawn in this view.",
        "details": "Details", "click_hint": "Click a node, or hover over it, to see what it is.",
    },
    "id": {
        "title": "Pekerjaan yang tumbuh bersama AI", "subtitle": "peran, keterampilan, sektor dan isu",
        "search": "Cari peran, keterampilan, sektor atau isu", "search_button": "Cari",
        "not_found": "Tidak ada yang bernama “{q}”.",
        "legend": "Keterangan", "filters": "Filter", "kinds": "Tampilkan", "sector": "Sektor", "concern": "Isu",
        "all": "semua", "reset": "Atur ulang", "finder": "Jalur belajar", "from": "Dari", "to": "Ke",
        "choose": "pilih peran", "show_path": "Tampilkan jalur", "clear": "Hapus",
        "role": "Peran", "skill": "Keterampilan", "sectors": "Sektor", "concerns": "Isu",
        "role_plural": "peran", "skill_plural": "keterampilan", "sector_plural": "sektor", "concern_plural": "isu",
        "requires": "membutuhkan (tebal garis = tingkat; putus-putus = opsional)",
        "prerequisite": "perlu lebih dulu (prasyarat)", "in_sector": "di sektor", "part_of": "bagian dari (sektor)",
        "addresses": "menangani isu", "path_edge": "langkah jalur belajar",
        "exactMatch": "pekerjaan yang sama dalam taksonomi lain", "closeMatch": "padanan dekat dalam taksonomi lain",
        "exactMatch_edge": "pekerjaan yang sama (skos:exactMatch)", "closeMatch_edge": "padanan dekat (skos:closeMatch)",
        "matches": "keterampilan yang sama dalam taksonomi lain", "matches_edge": "dihitung sebagai keterampilan yang sama (padanan keterampilan)",
        "requires_edge": "membutuhkan, tingkat {level}, {need}", "essential": "wajib", "optional": "opsional",
        "prerequisite_edge": "perlu lebih dulu", "in_sector_edge": "di sektor", "part_of_edge": "bagian dari",
        "addresses_edge": "menangani", "effort_unit": "Jam belajar per satuan tingkat",
        "showing": "Menampilkan {n} dari {total} simpul.", "empty": "Tidak ada yang cocok dengan filter ini.",
        "empty_view": "Tidak ada yang cocok dengan tampilan ini: {focus}. Coba sektor, isu atau nama lain.",
        "focus": "Tampilan terfokus: {focus}.", "around": "sekitar {name} (kedalaman {depth})", "in": "sektor {name}",
        "addressing": "isu {name}", "path_of": "Jalur: {a} → {b}",
        "total": "Total: {h} (sekitar {w} minggu belajar penuh waktu)", "no_path": "Tidak ada jalur.",
        "direct": "Langkah langsung: {h} (melebihi batas per langkah {b}).",
        "detour": "Rencana ini {r}× langkah langsung; pindah langsung membutuhkan batas per langkah {h}.",
        "same": "Peran yang sama: tidak ada yang perlu dipelajari.",
        "learn": "pelajari", "nothing": "tidak ada yang perlu dipelajari", "hours": "jam", "level": "tingkat",
        "step_prereq": "prasyarat",
        "finder_off": "Tampilan ini berisi {n} peran; pencari jalur bekerja untuk paling banyak {max}. Persempit tampilan (--around, --sector, --concern).",
        "hidden_roles": "Sebagian peran di jalur ini tidak digambar dalam tampilan ini.",
        "details": "Rincian", "click_hint": "Klik atau arahkan kursor ke simpul untuk melihat keterangannya.",
    },
}

#: The words of the web app's pages (:mod:`graph.views.pages`).
PAGE_WORDS = {
    "en": {
        "title": "Jobs that grow with AI", "home": "Search", "planner": "Plan a path", "me": "My skills",
        "search": "Find a role or skill, in English or Indonesian", "search_button": "Find",
        "results": "{n} found for “{q}”", "no_results": "Nothing is named like “{q}”.",
        "kind": {"role": "role", "skill": "skill", "knowledge": "knowledge area", "technology": "technology",
                 "sector": "sector", "concern": "concern", "family": "role family", "usecase": "use case",
                 "route": "training route", "organization": "organisation"},
        "definition": "Definition", "requirements": "Requirements", "needed_by": "Needed by",
        "skill": "Skill", "level": "Level", "need": "Need", "mark": "Source",
        "curated_mark": "curated", "article_mark": "from the articles", "imported_mark": "imported",
        "next": "Where this role leads", "role": "Role", "relatedness": "Relatedness", "effort": "Effort",
        "fits": "fits the budget", "over": "over the budget", "builds_on": "builds on", "to_learn": "to learn",
        "plan_from": "Plan a path from here", "plan_to": "Plan a path to here",
        "graph": "Neighbourhood", "plan_graph": "The plan, drawn",
        "from": "From a role", "from_me": "From my skills", "to": "To role",
        "max_step": "Per-move budget (hours)", "hours_per_week": "Study hours per week", "plan_button": "Plan",
        "have": "Skills held (name=level, comma-separated)", "no_skills": "No skills saved yet: add them under My skills.",
        "steps": "Steps", "learn": "Learn, in this order", "direct": "Direct move", "direct_over":
        "{h}, more than the per-move budget", "direct_fits": "{h}, within the per-move budget",
        "detour": "This plan costs {r}× the direct move.", "total": "Total", "weeks": "Weeks",
        "about": "about {w} weeks at {h} a week",
        "me_intro": "Your skills stay in this browser (its local storage) and are sent only to this server, "
                    "to find their names and plan your paths.",
        "add": "Add a skill", "remove": "Remove", "check": "Check names", "export": "Download as TOML (for --me)",
        "plan_me": "Plan from these skills", "resolved": "Recognised", "saved": "Saved in this browser.",
        "error": "Something is wrong", "did_you_mean": "Did you mean", "language": "Bahasa Indonesia",
        "new_concerns": "New concerns", "new_sectors": "New sectors", "prerequisite": "prerequisite",
        "essential": "essential", "optional": "optional", "nothing": "nothing new to learn",
        "alt": "Also called", "evidence": "Evidence", "curated": "Curated", "matches": "Matches",
        "effort_unit": "Effort per level unit", "code": "Code", "source": "Source", "namesakes": "Also named so",
        "profile": "your profile", "details": "Details",
    },
    "id": {
        "title": "Pekerjaan yang tumbuh bersama AI", "home": "Cari", "planner": "Rencanakan jalur",
        "me": "Keterampilan saya",
        "search": "Cari peran atau keterampilan, dalam bahasa Indonesia atau Inggris", "search_button": "Cari",
        "results": "{n} ditemukan untuk “{q}”", "no_results": "Tidak ada yang bernama seperti “{q}”.",
        "kind": {"role": "peran", "skill": "keterampilan", "knowledge": "bidang pengetahuan", "technology": "teknologi",
                 "sector": "sektor", "concern": "isu", "family": "kelompok peran", "usecase": "contoh penerapan",
                 "route": "jalur pelatihan", "organization": "organisasi"},
        "definition": "Definisi", "requirements": "Persyaratan", "needed_by": "Dibutuhkan oleh",
        "skill": "Keterampilan", "level": "Tingkat", "need": "Sifat", "mark": "Sumber",
        "curated_mark": "kurasi", "article_mark": "dari artikel", "imported_mark": "impor",
        "next": "Ke mana peran ini bisa berlanjut", "role": "Peran", "relatedness": "Keterkaitan",
        "effort": "Waktu belajar", "fits": "muat dalam batas", "over": "melebihi batas",
        "builds_on": "bekal yang sudah ada", "to_learn": "perlu dipelajari",
        "plan_from": "Rencanakan jalur dari sini", "plan_to": "Rencanakan jalur ke sini",
        "graph": "Lingkungan", "plan_graph": "Gambar rencana",
        "from": "Dari peran", "from_me": "Dari keterampilan saya", "to": "Ke peran",
        "max_step": "Batas per langkah (jam)", "hours_per_week": "Jam belajar per minggu", "plan_button": "Rencanakan",
        "have": "Keterampilan yang dimiliki (nama=tingkat, dipisah koma)",
        "no_skills": "Belum ada keterampilan tersimpan: tambahkan di Keterampilan saya.",
        "steps": "Langkah", "learn": "Pelajari secara berurutan", "direct": "Langkah langsung",
        "direct_over": "{h}, melebihi batas per langkah", "direct_fits": "{h}, dalam batas per langkah",
        "detour": "Rencana ini {r}× langkah langsung.", "total": "Total", "weeks": "Minggu",
        "about": "sekitar {w} minggu dengan {h} per minggu",
        "me_intro": "Keterampilan Anda hanya disimpan di peramban ini (penyimpanan lokalnya) dan hanya dikirim ke "
                    "server ini, untuk mencocokkan nama dan merencanakan jalur Anda.",
        "add": "Tambah keterampilan", "remove": "Hapus", "check": "Periksa nama",
        "export": "Unduh sebagai TOML (untuk --me)", "plan_me": "Rencanakan dari keterampilan ini",
        "resolved": "Dikenali", "saved": "Tersimpan di peramban ini.",
        "error": "Ada yang salah", "did_you_mean": "Mungkin maksud Anda", "language": "English",
        "new_concerns": "Isu baru", "new_sectors": "Sektor baru", "prerequisite": "prasyarat",
        "essential": "wajib", "optional": "opsional", "nothing": "tidak ada yang perlu dipelajari",
        "alt": "Nama lain", "evidence": "Bukti", "curated": "Kurasi", "matches": "Padanan",
        "effort_unit": "Jam belajar per satuan tingkat", "code": "Kode", "source": "Sumber", "namesakes": "Juga bernama sama",
        "profile": "profil Anda", "details": "Rincian",
    },
}

#: The unit of hours in each language (``1,065 h`` / ``1.065 jam``).
TEXT_HOURS = {"en": "h", "id": "jam"}


#: The help of every command (keyed by its command line, ``graph path``) and of every option (keyed by the
#: command and the option, ``graph path --k``, or by the option alone when commands share its words, ``--lang``).
#: Templates are :meth:`str.format` strings: ``{lang_variable}`` and ``{week_hours}`` are filled in by the CLI;
#: ``\b`` keeps the next paragraph's lines as they are (click's mark for examples).
HELP = {
    "en": {
        "graph": (
            "Explore the knowledge graph of jobs that grow with AI: roles, skills, sectors, concerns.\n"
            "\n"
            'Names work in English or Indonesian, in any case: "Data Analyst", "analis data".'
        ),
        "graph endpoints": "Inspect SPARQL servers.",
        "graph endpoints check": (
            "Report what the SPARQL server at URL supports, changing nothing it holds.\n"
            "\n"
            "Checks its query service (and in which formats it answers CONSTRUCT and SELECT),\n"
            "SPARQL Update, the one-step graph replacement `graph push` ends with (MOVE) and the\n"
            "Graph Store Protocol, and says how `graph push` would publish there. Exits 1 if the\n"
            "server cannot be reached or answers no query.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph endpoints check http://127.0.0.1:7878\n"
            "  graph endpoints check http://127.0.0.1:8890/sparql"
        ),
        "graph export": "Export the graph as Turtle, JSON-LD, N-Triples or RDF/XML, byte-identical across runs.",
        "graph gap": (
            "Compare role A (or yourself, --me/--have) with role B: skills already held, essential and optional "
            "ones missing."
        ),
        "graph import": (
            "Import a national occupation taxonomy (or the crosswalk between two) into the dataset directory "
            "given with --data.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph --data my-dataset import onet ../shared/data/onet-29.2\n"
            "  graph --data my-dataset import esco ../shared/data/esco-1.2.0\n"
            "  graph --data my-dataset import crosswalk ../shared/data/nesta-mcc\n"
            '  graph --data my-dataset path "Data Scientists" "Information Security Analysts"\n'
            '  graph --data my-dataset next "Registered Nurses"'
        ),
        "graph import crosswalk": (
            "Link the imported ESCO and O*NET occupations with Nesta's crosswalk "
            "(esco_onet_crosswalk_Nov2020.csv) in DIRECTORY.\n"
            "\n"
            "Import O*NET and ESCO first. Each crosswalk row becomes a skos:closeMatch; a retired\n"
            "O*NET-SOC 2010 code is mapped to today's occupation of the same title when exactly one\n"
            "has it; the rows that cannot be linked are reported and skipped."
        ),
        "graph import esco": (
            "Import ESCO (the CSV release: occupations_en.csv, ISCOGroups_en.csv and skill links) from DIRECTORY."
        ),
        "graph import onet": "Import O*NET (the text release: Occupation Data.txt, Skills.txt, ...) from DIRECTORY.",
        "graph list": "List roles, skills, sectors, concerns, families, use cases, routes or organisations.",
        "graph next": (
            "List where a person in ROLE (or you, --me/--have) could move next: the most related roles, with the "
            "effort of each.\n"
            "\n"
            "Relatedness compares what people in the two roles do (tasks and work activities), know\n"
            "and can do (knowledge, skills, technologies, weighted so that what every job shares\n"
            "counts little), what they are called, where the taxonomy files them, their interests\n"
            "and preparation. Roles less related than 0.10 are left out (the count is shown). Each\n"
            "move shows its effort and whether it fits the per-move budget; give --max-step to list\n"
            'only the moves that fit. "builds on" names what the two roles share that tells them\n'
            'apart; "to learn" lists the largest gaps first.\n'
            "\n"
            'From a person (--me FILE, --have "SKILL=LEVEL, ..."), each move is costed from what they\n'
            "hold. Roles held in the profile rank the moves as from those roles; skills alone rank\n"
            "them by readiness: the share of a role's skill hours the person already holds.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            '  graph next "Data Analyst"\n'
            "  graph next --me examples/analis-data.toml --lang id\n"
            '  graph next --have "Statistics=3, Programming=2" --sort effort'
        ),
        "graph path": (
            "Plan how to get from role FROM (or from yourself, --me) to role TO: roles, skills, effort.\n"
            "\n"
            "The person keeps everything they learn: each move is costed from what they hold at that\n"
            "point (the start plus every role passed), so no step re-teaches a skill. A path is the\n"
            "least-effort chain of moves that each fit within --max-step hours; the answer also gives\n"
            "the direct move's effort, and says so when a plan costs much more.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            '  graph path "Data Analyst" "AI Auditor"\n'
            '  graph path "Analis Data" "Spesialis Machine Learning" --sector pemerintahan --lang id\n'
            '  graph path --me examples/analis-data.toml "Auditor AI" --lang id\n'
            '  graph path --have "Statistics=3, Programming=2" "Data Scientist" --hours-per-week 10\n'
            '  graph path "Data Analyst" "AI Auditor" --k 3 --format json'
        ),
        "graph push": (
            "Publish the active graph to a SPARQL server, replacing one graph atomically.\n"
            "\n"
            "Streams the graph as N-Triples, --chunk-size bytes per request, into a new staging\n"
            "graph (Graph Store Protocol POSTs, or SPARQL Update INSERT DATA on a server without\n"
            "it), then replaces the target graph with one SPARQL Update (MOVE), so readers see the\n"
            "old graph or the new one, never a mix (on Oxigraph; Virtuoso's readers may see part of\n"
            "it during the move). If a request fails midway, the staging graph is dropped and the\n"
            "target graph is left as it was. The final MOVE waits at most --move-timeout seconds;\n"
            "past that, the target graph is checked and the message says what became of it.\n"
            "The published graph holds one more statement, its stamp (new for each push, with a\n"
            "digest of the statements): `graph --endpoint` keys its local cache on it. Memory stays\n"
            "small however big the dataset. The active graph is the bundled one, --data or the\n"
            "global --endpoint (which copies from one server to another).\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph push --endpoint http://127.0.0.1:7878/store\n"
            "  graph push --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/aijobs/graph\n"
            "  graph push --endpoint http://127.0.0.1:8890/sparql --graph https://w3id.org/aijobs/graph"
        ),
        "graph query": (
            "Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph.\n"
            "\n"
            "QUERY is the query text, @FILE to read it from a file, or @example:NAME for one of the\n"
            "example queries shipped with the package (government-privacy-roles, ...). The project's prefixes\n"
            "(aij:, role:, skill:, sector:, concern:, family:, skos:, ...) need no PREFIX line.\n"
            "Updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) are refused, and so is SERVICE\n"
            "unless --allow-service names the endpoint. A query stops with an error after --timeout\n"
            "seconds or more than --max-results results, on local data and with --endpoint alike.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph query 'SELECT ?role WHERE {{ ?role aij:addressesConcern concern:privacy }} ORDER BY ?role'\n"
            "  graph query @example:government-privacy-roles --format csv\n"
            "  graph --endpoint http://127.0.0.1:7878 query @ontology/queries/emerging-roles-and-their-skills.rq"
        ),
        "graph related": (
            "Explain how related role B is to role A: each signal's similarity, weight and part, and what they "
            "share.\n"
            "\n"
            "Between roles of two taxonomies (O*NET, ESCO, the curated graph) the comparison goes\n"
            "through B's counterpart in A's taxonomy (skos:closeMatch or exactMatch)."
        ),
        "graph search": (
            "Find entities whose name contains TEXT, in English or Indonesian, best match first.\n"
            "\n"
            "Any case, accents and spacing match. Names equal to TEXT come first, then names\n"
            "starting with it, then names with a word starting with it, then the rest; entities\n"
            "of the bundled graph before imported ones. Each line gives the code (if any) and\n"
            "the IRI, which `graph show` accepts when a name is shared.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph search analis\n"
            "  graph --data my-dataset search python --kind skill\n"
            '  graph search "data sci" --format json'
        ),
        "graph serve": (
            "Explore the graph in a web browser: search, roles, skills, paths and your own skills.\n"
            "\n"
            "Serves a local web app (read-only) over the active dataset, read once at start: pages\n"
            "in English or Indonesian and a JSON API (/api/search, /api/show, /api/path, /api/next)\n"
            "answering as the commands' --format json do. Stop it with Ctrl+C.\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph serve\n"
            "  graph --data my-dataset serve --port 8080 --lang id"
        ),
        "graph show": (
            "Show one role, skill, sector, concern, family, use case or training route.\n"
            "\n"
            "NAME is any English or Indonesian label or alternative label, a code (an O*NET or\n"
            "ESCO notation) or an IRI. Where imported data gives a hand-edited entity's name to\n"
            "another entity too, the hand-edited one is shown and the others are listed with\n"
            "their IRIs; `graph search NAME` lists every entity with a name like NAME."
        ),
        "graph validate": (
            "Check the graph against the SHACL shapes and list every violation.\n"
            "\n"
            "The hand-edited graph keeps the rules of ontology/shapes.ttl (labels in both\n"
            "languages, a quote or a two-language curation note on every link, ...); data imported with\n"
            "`graph import` keeps the rules of ontology/shapes-import.ttl (an English name,\n"
            "efforts, levels, the release it comes from).\n"
            "\n"
            "With --articles DIR, every quote (aij:quote) must also be found, character for character,\n"
            "in its article, the file its source names (aij:seedFile) in DIR; without it, the output\n"
            "says the quotes were not checked.\n"
            "\n"
            "Exit status: 0 when the graph conforms, 1 when it has violations (a quote not in its\n"
            "article among them), 2 when the check cannot run (a broken shapes or data file, a\n"
            "missing article)."
        ),
        "graph viz": (
            "Draw the graph as one interactive HTML page that works offline.\n"
            "\n"
            "The page shows roles, skills, sectors and concerns with a legend, tooltips in both\n"
            "languages, search, filters and a learning-path finder. A graph too big for a\n"
            "browser to lay out must be drawn as a focused view (--around, --path, --sector,\n"
            "--concern).\n"
            "\n"
            "\b\n"
            "Examples:\n"
            "  graph viz\n"
            '  graph viz --path "Analis Data" "Auditor AI" --lang id -o output/jalur.html\n'
            '  graph viz --around "AI Auditor" --depth 2'
        ),
        "graph query --allow-service": (
            "A SPARQL endpoint that SERVICE patterns may call (repeatable; exact URL). Without it, a query with "
            "SERVICE is refused: it would send the local data to that server."
        ),
        "graph viz --around": "Only the nodes near this role, skill, sector or concern.",
        "graph validate --articles": (
            "Also check that every quote occurs word for word in its article: DIR is the folder holding the "
            "source articles, one file per aij:seedFile (the articles are not shipped with the package)."
        ),
        "graph path --avoid": "A role no path may pass through (repeatable).",
        "graph push --chunk-size": "Largest request body; lower it for a server that limits request sizes.",
        "graph list --concern": "Only roles or skills that address this concern.",
        "graph viz --concern": "Only roles addressing this concern, with their links.",
        "graph --data": (
            "Dataset directory: the bundled graph plus the taxonomies imported into it with 'graph import' (.ttl "
            "files of its own replace the bundled graph) (env: GRAPH_DATA)."
        ),
        "graph viz --depth": "With --around: how many links away (default 1).",
        "graph --endpoint": (
            "Read the graph from this SPARQL server instead of files (each command reads only what it needs), "
            "e.g. http://127.0.0.1:7878 (its /query service is used; env: GRAPH_ENDPOINT, credentials: "
            "GRAPH_ENDPOINT_USER and GRAPH_ENDPOINT_PASSWORD)."
        ),
        "graph push --endpoint": (
            "The server to publish to: its base URL or Graph Store URL, e.g. http://127.0.0.1:7878/store."
        ),
        "graph --endpoint-graph": (
            "Named graph to read from --endpoint; its default graph if omitted (env: GRAPH_ENDPOINT_GRAPH)."
        ),
        "graph list --family": "Only roles in this role family, or skills they need.",
        "--format": "Output format.",
        "graph export --format": "RDF syntax to write.",
        "graph query --format": (
            "table, json (SPARQL results JSON) or csv for SELECT/ASK [default: table]; turtle, nt or jsonld for "
            "CONSTRUCT/DESCRIBE [default: turtle]."
        ),
        "graph push --graph": "Named graph to replace [default: the default graph].",
        "--have": (
            'Skills the person holds, inline, e.g. "Statistik=3, Pemrograman=2" (levels 1-4); combines with --me.'
        ),
        "graph serve --host": (
            "Address to listen on; anything but a loopback address lets other machines in (a warning says so)."
        ),
        "graph path --hours-per-week": (
            "Study hours per week, to turn hours into weeks and months (text assumes full time, {week_hours} h, "
            "when omitted)."
        ),
        "graph next --k": "How many moves to list.",
        "graph path --k": "Number of alternative paths.",
        "graph search --kind": "Only entities of this kind.",
        "--lang": "Language of labels, definitions and messages (English or Indonesian; env: {lang_variable}).",
        "graph serve --lang": (
            "Language of the pages and messages unless a page asks for the other (?lang=id; env: "
            "{lang_variable})."
        ),
        "graph search --limit": "Show at most N entities.",
        "graph query --max-results": (
            "Stop the query when it gives more than N rows, or N triples for CONSTRUCT (exit 1)."
        ),
        "--max-step": "Per-move budget in study hours: a move that needs more is not feasible.",
        "graph path --max-steps": "At most N moves.",
        "--me": (
            "Start from a person: a TOML profile of skills with levels and roles held (see "
            "examples/analis-data.toml)."
        ),
        "graph push --move-timeout": (
            "How long to wait for the final MOVE that replaces the target graph (a large graph takes minutes); "
            "past it, push checks whether the graph was replaced after all and says so."
        ),
        "--output": (
            "File to write, atomically: a symlink is followed and kept, a FIFO or device is written to as it is, "
            "'-' is standard output."
        ),
        "graph viz --path": "Open with the learning path FROM → TO highlighted.",
        "graph serve --port": "Port to listen on (0: any free port).",
        "--quiet": "No progress bar (it only shows on a terminal anyway).",
        "graph --refresh": (
            "With --endpoint: read the projection and the name index (what path, next, gap, related and search "
            "work on, and what names are looked up in) from the server again, instead of the copy cached locally "
            "for the graph's stamp; for a graph changed without 'graph push'."
        ),
        "--release": "The release imported (default: read from the folder name).",
        "graph list --sector": "Only roles in this sector (narrower sectors included), or skills they need.",
        "graph next --sector": "Only moves into roles of this sector.",
        "graph path --sector": "Only pass through roles in this sector, e.g. government (FROM and TO may lie outside).",
        "graph viz --sector": "Only roles in this sector, with their skills, sectors and concerns.",
        "graph validate --shapes": (
            "SHACL shapes file to check the hand-edited graph against (default: the bundled ontology/shapes.ttl); "
            "imported data is always checked against ontology/shapes-import.ttl."
        ),
        "graph next --sort": "List the most related roles first, or the least-effort moves among the related roles.",
        "--timeout": "How long to wait for the server.",
        "graph --timeout": "How long to wait for --endpoint to answer (env: GRAPH_ENDPOINT_TIMEOUT).",
        "graph query --timeout": "Stop the query after this long (exit 1).",
        "--user": (
            "User for HTTP Basic authentication (env: GRAPH_ENDPOINT_USER); the password comes from "
            "GRAPH_ENDPOINT_PASSWORD or a prompt that does not echo."
        ),
        "graph path --via": "A role every path must pass through.",
        "--help": "Show this message and exit.",
        "--version": "Show the version and exit.",
    },
    "id": {
        "graph": (
            "Jelajahi graf pengetahuan tentang pekerjaan yang tumbuh bersama AI: peran, keterampilan, sektor, "
            "isu.\n"
            "\n"
            'Nama bisa ditulis dalam bahasa Inggris atau Indonesia, huruf besar atau kecil: "Data Analyst", '
            '"analis data".'
        ),
        "graph endpoints": "Periksa server SPARQL.",
        "graph endpoints check": (
            "Laporkan apa saja yang didukung server SPARQL di URL, tanpa mengubah isinya.\n"
            "\n"
            "Memeriksa layanan kuerinya (dan dalam format apa ia menjawab CONSTRUCT dan SELECT),\n"
            "SPARQL Update, penggantian graf sekali jalan yang mengakhiri `graph push` (MOVE) dan\n"
            "Graph Store Protocol, lalu menyebutkan cara `graph push` akan menerbitkan ke sana.\n"
            "Keluar dengan status 1 jika server tidak dapat dihubungi atau tidak menjawab kueri apa pun.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph endpoints check http://127.0.0.1:7878\n"
            "  graph endpoints check http://127.0.0.1:8890/sparql"
        ),
        "graph export": (
            "Ekspor graf sebagai Turtle, JSON-LD, N-Triples atau RDF/XML, identik byte demi byte di setiap kali "
            "dijalankan."
        ),
        "graph gap": (
            "Bandingkan peran A (atau diri Anda, --me/--have) dengan peran B: keterampilan yang sudah dimiliki, "
            "serta yang wajib dan opsional yang belum."
        ),
        "graph import": (
            "Impor taksonomi jabatan nasional (atau tabel padanan di antara dua taksonomi) ke folder dataset yang "
            "diberikan dengan --data.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph --data dataset-saya import onet ../shared/data/onet-29.2\n"
            "  graph --data dataset-saya import esco ../shared/data/esco-1.2.0\n"
            "  graph --data dataset-saya import crosswalk ../shared/data/nesta-mcc\n"
            '  graph --data dataset-saya path "Data Scientists" "Information Security Analysts"\n'
            '  graph --data dataset-saya next "Registered Nurses"'
        ),
        "graph import crosswalk": (
            "Hubungkan pekerjaan ESCO dan O*NET yang sudah diimpor dengan tabel padanan Nesta "
            "(esco_onet_crosswalk_Nov2020.csv) di FOLDER.\n"
            "\n"
            "Impor O*NET dan ESCO lebih dulu. Setiap baris tabel padanan menjadi sebuah skos:closeMatch;\n"
            "kode O*NET-SOC 2010 yang sudah tidak berlaku dipetakan ke pekerjaan masa kini dengan judul\n"
            "yang sama bila tepat satu pekerjaan memilikinya; baris yang tidak dapat dihubungkan dilaporkan\n"
            "dan dilewati."
        ),
        "graph import esco": (
            "Impor ESCO (rilis CSV: occupations_en.csv, ISCOGroups_en.csv dan tautan keterampilan) dari FOLDER."
        ),
        "graph import onet": "Impor O*NET (rilis teks: Occupation Data.txt, Skills.txt, ...) dari FOLDER.",
        "graph list": (
            "Daftar peran, keterampilan, sektor, isu, kelompok peran, contoh penerapan, jalur pelatihan atau "
            "organisasi."
        ),
        "graph next": (
            "Daftar ke mana seseorang dalam PERAN (atau Anda, --me/--have) dapat pindah berikutnya: peran yang "
            "paling berkaitan, beserta usaha tiap perpindahan.\n"
            "\n"
            "Keterkaitan membandingkan apa yang dikerjakan orang di kedua peran (tugas dan aktivitas kerja),\n"
            "apa yang mereka ketahui dan kuasai (pengetahuan, keterampilan, teknologi, diberi bobot sehingga\n"
            "hal yang dimiliki semua pekerjaan hanya sedikit berpengaruh), sebutan jabatannya, letaknya dalam\n"
            "taksonomi, minat dan persiapannya. Peran dengan keterkaitan di bawah 0,10 tidak ditampilkan\n"
            "(jumlahnya disebutkan). Setiap perpindahan menunjukkan usahanya dan apakah muat dalam anggaran\n"
            'per langkah; berikan --max-step untuk hanya menampilkan perpindahan yang muat. "bertumpu pada"\n'
            "menyebut apa yang dimiliki bersama oleh kedua peran dan membedakan keduanya dari peran lain;\n"
            '"perlu dipelajari" mendaftar kesenjangan terbesar lebih dulu.\n'
            "\n"
            'Dari seseorang (--me BERKAS, --have "KETERAMPILAN=TINGKAT, ..."), setiap perpindahan dihitung dari\n'
            "apa yang ia miliki. Peran yang tercantum dalam profil mengurutkan perpindahan seperti dari\n"
            "peran-peran itu; bila hanya ada keterampilan, urutannya menurut kesiapan: bagian jam\n"
            "keterampilan suatu peran yang sudah dimiliki orang tersebut.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            '  graph next "Analis Data" --lang id\n'
            "  graph next --me examples/analis-data.toml --lang id\n"
            '  graph next --have "Statistik=3, Pemrograman=2" --sort effort'
        ),
        "graph path": (
            "Rencanakan cara berpindah dari peran DARI (atau dari diri Anda, --me) ke peran KE: peran, "
            "keterampilan, usaha.\n"
            "\n"
            "Orang tersebut menyimpan semua yang telah ia pelajari: setiap perpindahan dihitung dari apa\n"
            "yang ia miliki saat itu (titik awal ditambah setiap peran yang dilalui), sehingga tidak ada\n"
            "langkah yang mengajarkan ulang suatu keterampilan. Jalur adalah rangkaian perpindahan dengan\n"
            "usaha paling kecil yang masing-masing muat dalam --max-step jam; jawabannya juga memberikan\n"
            "usaha perpindahan langsung, dan menyebutkannya bila sebuah rencana jauh lebih mahal.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            '  graph path "Analis Data" "Auditor AI" --lang id\n'
            '  graph path "Analis Data" "Spesialis Machine Learning" --sector pemerintahan --lang id\n'
            '  graph path --me examples/analis-data.toml "Auditor AI" --lang id\n'
            '  graph path --have "Statistik=3, Pemrograman=2" "Ilmuwan Data" --hours-per-week 10\n'
            '  graph path "Analis Data" "Auditor AI" --k 3 --format json'
        ),
        "graph push": (
            "Terbitkan graf aktif ke server SPARQL, mengganti satu graf secara atomik.\n"
            "\n"
            "Mengalirkan graf sebagai N-Triples, --chunk-size byte per permintaan, ke graf penampung baru\n"
            "(POST Graph Store Protocol, atau INSERT DATA SPARQL Update pada server yang tidak\n"
            "mendukungnya), lalu mengganti graf tujuan dengan satu SPARQL Update (MOVE), sehingga pembaca\n"
            "melihat graf lama atau graf baru, tidak pernah campuran keduanya (di Oxigraph; pembaca\n"
            "Virtuoso mungkin melihat sebagiannya selama pemindahan). Jika sebuah permintaan gagal di tengah\n"
            "jalan, graf penampung dihapus dan graf tujuan dibiarkan seperti semula. MOVE terakhir menunggu\n"
            "paling lama --move-timeout detik; setelah itu, graf tujuan diperiksa dan pesannya menyebutkan\n"
            "nasib graf tersebut. Graf yang diterbitkan memuat satu pernyataan tambahan, capnya (baru untuk\n"
            "setiap penerbitan, dengan ringkasan pernyataan-pernyataannya): `graph --endpoint` memakainya\n"
            "sebagai kunci cache lokal. Memori tetap kecil sebesar apa pun datasetnya. Graf aktif adalah graf\n"
            "bawaan, --data atau --endpoint global (yang menyalin dari satu server ke server lain).\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph push --endpoint http://127.0.0.1:7878/store\n"
            "  graph push --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/aijobs/graph\n"
            "  graph push --endpoint http://127.0.0.1:8890/sparql --graph https://w3id.org/aijobs/graph"
        ),
        "graph query": (
            "Jalankan kueri SPARQL hanya-baca (SELECT, ASK, CONSTRUCT, DESCRIBE) pada graf.\n"
            "\n"
            "KUERI adalah teks kueri, @BERKAS untuk membacanya dari berkas, atau @example:NAMA untuk salah satu\n"
            "contoh kueri yang disertakan dalam paket (government-privacy-roles, ...). Prefiks proyek\n"
            "(aij:, role:, skill:, sector:, concern:, family:, skos:, ...) tidak memerlukan baris PREFIX.\n"
            "Pembaruan (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) ditolak, begitu juga SERVICE\n"
            "kecuali --allow-service menyebut endpoint-nya. Kueri berhenti dengan galat setelah --timeout\n"
            "detik atau lebih dari --max-results hasil, baik pada data lokal maupun dengan --endpoint.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph query 'SELECT ?role WHERE {{ ?role aij:addressesConcern concern:privacy }} ORDER BY ?role'\n"
            "  graph query @example:government-privacy-roles --format csv\n"
            "  graph --endpoint http://127.0.0.1:7878 query @ontology/queries/emerging-roles-and-their-skills.rq"
        ),
        "graph related": (
            "Jelaskan seberapa berkaitan peran B dengan peran A: kemiripan, bobot dan sumbangan tiap sinyal, "
            "serta apa yang dimiliki bersama.\n"
            "\n"
            "Di antara peran dari dua taksonomi (O*NET, ESCO, graf kurasi) perbandingan dilakukan melalui\n"
            "padanan B dalam taksonomi A (skos:closeMatch atau exactMatch)."
        ),
        "graph search": (
            "Cari entitas yang namanya memuat TEKS, dalam bahasa Inggris atau Indonesia, kecocokan terbaik lebih "
            "dulu.\n"
            "\n"
            "Huruf besar-kecil, aksen dan spasi diabaikan. Nama yang sama dengan TEKS muncul lebih dulu, lalu\n"
            "nama yang diawali TEKS, lalu nama yang salah satu katanya diawali TEKS, lalu sisanya; entitas\n"
            "graf bawaan sebelum entitas impor. Setiap baris memberikan kode (bila ada) dan IRI, yang\n"
            "diterima `graph show` bila sebuah nama dipakai bersama.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph search analis\n"
            "  graph --data dataset-saya search python --kind skill\n"
            '  graph search "ilmuwan dat" --format json'
        ),
        "graph serve": (
            "Jelajahi graf di peramban web: pencarian, peran, keterampilan, jalur dan keterampilan Anda sendiri.\n"
            "\n"
            "Menyajikan aplikasi web lokal (hanya-baca) atas dataset aktif, yang dibaca sekali saat mulai:\n"
            "halaman dalam bahasa Inggris atau Indonesia dan API JSON (/api/search, /api/show, /api/path,\n"
            "/api/next) yang menjawab seperti --format json pada perintah-perintahnya. Hentikan dengan Ctrl+C.\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph serve\n"
            "  graph --data dataset-saya serve --port 8080 --lang id"
        ),
        "graph show": (
            "Tampilkan satu peran, keterampilan, sektor, isu, kelompok peran, contoh penerapan atau jalur "
            "pelatihan.\n"
            "\n"
            "NAMA adalah label atau label alternatif apa pun dalam bahasa Inggris atau Indonesia, sebuah kode\n"
            "(notasi O*NET atau ESCO) atau sebuah IRI. Bila data impor memberikan nama entitas yang disunting\n"
            "manual kepada entitas lain juga, entitas yang disunting manual yang ditampilkan dan yang lain\n"
            "didaftar beserta IRI-nya; `graph search NAMA` mendaftar setiap entitas yang namanya mirip NAMA."
        ),
        "graph validate": (
            "Periksa graf terhadap bentuk SHACL dan daftar setiap pelanggaran.\n"
            "\n"
            "Graf yang disunting manual mematuhi aturan ontology/shapes.ttl (label dalam kedua bahasa,\n"
            "kutipan atau catatan kurasi dua bahasa pada setiap tautan, ...); data yang diimpor dengan\n"
            "`graph import` mematuhi aturan ontology/shapes-import.ttl (nama bahasa Inggris, usaha,\n"
            "tingkat, rilis asalnya).\n"
            "\n"
            "Dengan --articles FOLDER, setiap kutipan (aij:quote) juga harus ditemukan, karakter demi karakter,\n"
            "dalam artikelnya, yaitu berkas yang disebut sumbernya (aij:seedFile) di FOLDER; tanpa opsi itu,\n"
            "keluarannya menyebutkan bahwa kutipan tidak diperiksa.\n"
            "\n"
            "Status keluar: 0 bila graf memenuhi aturan, 1 bila ada pelanggaran (termasuk kutipan yang tidak\n"
            "ada dalam artikelnya), 2 bila pemeriksaan tidak dapat dijalankan (berkas bentuk atau data yang\n"
            "rusak, artikel yang tidak ada)."
        ),
        "graph viz": (
            "Gambar graf sebagai satu halaman HTML interaktif yang berfungsi tanpa internet.\n"
            "\n"
            "Halaman itu menampilkan peran, keterampilan, sektor dan isu dengan keterangan, tooltip dalam\n"
            "kedua bahasa, pencarian, filter dan pencari jalur belajar. Graf yang terlalu besar untuk ditata\n"
            "peramban harus digambar sebagai tampilan terfokus (--around, --path, --sector, --concern).\n"
            "\n"
            "\b\n"
            "Contoh:\n"
            "  graph viz\n"
            '  graph viz --path "Analis Data" "Auditor AI" --lang id -o output/jalur.html\n'
            '  graph viz --around "Auditor AI" --depth 2'
        ),
        "graph query --allow-service": (
            "Endpoint SPARQL yang boleh dipanggil pola SERVICE (dapat diulang; URL persis). Tanpa opsi ini, kueri "
            "dengan SERVICE ditolak: kueri itu akan mengirim data lokal ke server tersebut."
        ),
        "graph viz --around": "Hanya simpul di sekitar peran, keterampilan, sektor atau isu ini.",
        "graph validate --articles": (
            "Periksa juga bahwa setiap kutipan muncul kata demi kata dalam artikelnya: FOLDER adalah folder "
            "berisi artikel sumber, satu berkas per aij:seedFile (artikel tidak disertakan dalam paket)."
        ),
        "graph path --avoid": "Peran yang tidak boleh dilalui jalur mana pun (dapat diulang).",
        "graph push --chunk-size": "Isi permintaan terbesar; turunkan untuk server yang membatasi ukuran permintaan.",
        "graph list --concern": "Hanya peran atau keterampilan yang menangani isu ini.",
        "graph viz --concern": "Hanya peran yang menangani isu ini, beserta tautannya.",
        "graph --data": (
            "Folder dataset: graf bawaan ditambah taksonomi yang diimpor ke dalamnya dengan 'graph import' "
            "(berkas .ttl miliknya sendiri menggantikan graf bawaan) (env: GRAPH_DATA)."
        ),
        "graph viz --depth": "Dengan --around: berapa tautan jauhnya (bawaan 1).",
        "graph --endpoint": (
            "Baca graf dari server SPARQL ini, bukan dari berkas (setiap perintah hanya membaca yang ia "
            "perlukan), mis. http://127.0.0.1:7878 (layanan /query-nya yang dipakai; env: GRAPH_ENDPOINT, "
            "kredensial: GRAPH_ENDPOINT_USER dan GRAPH_ENDPOINT_PASSWORD)."
        ),
        "graph push --endpoint": (
            "Server tujuan penerbitan: URL dasarnya atau URL Graph Store-nya, mis. http://127.0.0.1:7878/store."
        ),
        "graph --endpoint-graph": (
            "Graf bernama yang dibaca dari --endpoint; graf default-nya bila tidak diberikan (env: "
            "GRAPH_ENDPOINT_GRAPH)."
        ),
        "graph list --family": "Hanya peran dalam kelompok peran ini, atau keterampilan yang mereka perlukan.",
        "--format": "Format keluaran.",
        "graph export --format": "Sintaks RDF yang ditulis.",
        "graph query --format": (
            "table, json (JSON hasil SPARQL) atau csv untuk SELECT/ASK [bawaan: table]; turtle, nt atau jsonld "
            "untuk CONSTRUCT/DESCRIBE [bawaan: turtle]."
        ),
        "graph push --graph": "Graf bernama yang diganti [bawaan: graf default].",
        "--have": (
            'Keterampilan yang dimiliki orang tersebut, langsung ditulis, mis. "Statistik=3, Pemrograman=2" '
            "(tingkat 1-4); dapat digabung dengan --me."
        ),
        "graph serve --host": (
            "Alamat yang didengarkan; alamat apa pun selain loopback membuka akses bagi mesin lain (sebuah "
            "peringatan menyebutkannya)."
        ),
        "graph path --hours-per-week": (
            "Jam belajar per minggu, untuk mengubah jam menjadi minggu dan bulan (teks menganggap penuh waktu, "
            "{week_hours} jam, bila tidak diberikan)."
        ),
        "graph next --k": "Berapa perpindahan yang didaftar.",
        "graph path --k": "Jumlah jalur alternatif.",
        "graph search --kind": "Hanya entitas jenis ini.",
        "--lang": "Bahasa label, definisi dan pesan (Inggris atau Indonesia; env: {lang_variable}).",
        "graph serve --lang": (
            "Bahasa halaman dan pesan, kecuali bila sebuah halaman meminta bahasa lainnya (?lang=en; env: "
            "{lang_variable})."
        ),
        "graph search --limit": "Tampilkan paling banyak N entitas.",
        "graph query --max-results": (
            "Hentikan kueri bila memberikan lebih dari N baris, atau N tripel untuk CONSTRUCT (keluar dengan "
            "status 1)."
        ),
        "--max-step": "Anggaran per langkah dalam jam belajar: perpindahan yang memerlukan lebih dari itu tidak layak.",
        "graph path --max-steps": "Paling banyak N perpindahan.",
        "--me": (
            "Mulai dari seseorang: profil TOML berisi keterampilan beserta tingkatnya dan peran yang pernah "
            "dijabat (lihat examples/analis-data.toml)."
        ),
        "graph push --move-timeout": (
            "Berapa lama menunggu MOVE terakhir yang mengganti graf tujuan (graf besar butuh beberapa menit); "
            "setelah itu, push memeriksa apakah graf ternyata sudah terganti dan menyebutkannya."
        ),
        "--output": (
            "Berkas yang ditulis, secara atomik: tautan simbolik diikuti dan dipertahankan, FIFO atau perangkat "
            "ditulisi apa adanya, '-' adalah keluaran standar."
        ),
        "graph viz --path": "Buka dengan jalur belajar DARI → KE disorot.",
        "graph serve --port": "Port yang didengarkan (0: port bebas mana pun).",
        "--quiet": "Tanpa bilah kemajuan (bilah itu memang hanya tampil di terminal).",
        "graph --refresh": (
            "Dengan --endpoint: baca ulang proyeksi dan indeks nama (yang dipakai `path`, `next`, `gap`, `related` "
            "dan `search`, serta tempat nama dicari) dari server, bukan salinan yang disimpan lokal untuk cap graf; "
            "untuk graf yang diubah tanpa 'graph push'."
        ),
        "--release": "Rilis yang diimpor (bawaan: dibaca dari nama folder).",
        "graph list --sector": (
            "Hanya peran dalam sektor ini (termasuk sektor yang lebih sempit), atau keterampilan yang mereka "
            "perlukan."
        ),
        "graph next --sector": "Hanya perpindahan ke peran dalam sektor ini.",
        "graph path --sector": (
            "Hanya melalui peran dalam sektor ini, mis. pemerintahan (DARI dan KE boleh di luarnya)."
        ),
        "graph viz --sector": "Hanya peran dalam sektor ini, beserta keterampilan, sektor dan isunya.",
        "graph validate --shapes": (
            "Berkas bentuk SHACL untuk memeriksa graf yang disunting manual (bawaan: ontology/shapes.ttl yang "
            "disertakan); data impor selalu diperiksa terhadap ontology/shapes-import.ttl."
        ),
        "graph next --sort": (
            "Daftar peran yang paling berkaitan lebih dulu, atau perpindahan dengan usaha paling kecil di antara "
            "peran yang berkaitan."
        ),
        "--timeout": "Berapa lama menunggu server.",
        "graph --timeout": "Berapa lama menunggu jawaban --endpoint (env: GRAPH_ENDPOINT_TIMEOUT).",
        "graph query --timeout": "Hentikan kueri setelah selama ini (keluar dengan status 1).",
        "--user": (
            "Pengguna untuk autentikasi HTTP Basic (env: GRAPH_ENDPOINT_USER); kata sandinya diambil dari "
            "GRAPH_ENDPOINT_PASSWORD atau dari prompt yang tidak menampilkan ketikan."
        ),
        "graph path --via": "Peran yang wajib dilalui setiap jalur.",
        "--help": "Tampilkan pesan ini lalu keluar.",
        "--version": "Tampilkan versi lalu keluar.",
    },
}

#: click's own words in a help screen: its headings, its usage line and what it adds to an option's help.
HELP_WORDS = {
    "en": {"usage": "Usage:", "options": "Options", "commands": "Commands", "options_metavar": "[OPTIONS]",
           "command_metavar": "COMMAND [ARGS]...", "default": "default: {default}", "required": "required",
           "standard_output": "standard output"},
    "id": {"usage": "Penggunaan:", "options": "Opsi", "commands": "Perintah", "options_metavar": "[OPSI]",
           "command_metavar": "PERINTAH [ARG]...", "default": "bawaan: {default}", "required": "wajib",
           "standard_output": "keluaran standar"},
}

#: The metavariables of the help (``--max-step HOURS``, ``graph path [FROM] TO``) as each language writes them
#: (the English ones as they are; click's own for a type: TEXT, FILE, INTEGER RANGE, DIRECTORY).
METAVARS = {
    "en": {},
    "id": {"TEXT": "TEKS", "FILE": "BERKAS", "DIRECTORY": "FOLDER", "DIR": "FOLDER", "INTEGER RANGE": "BILANGAN",
           "SECONDS": "DETIK", "HOURS": "JAM", "NAME": "NAMA", "ROLE": "PERAN", "[ROLE]": "[PERAN]",
           "SECTOR": "SEKTOR", "CONCERN": "ISU", "FROM TO": "DARI KE", "[FROM] TO": "[DARI] KE",
           "QUERY": "KUERI", "BYTES": "BYTE", '"SKILL=LEVEL, ..."': '"KETERAMPILAN=TINGKAT, ..."'},
}
