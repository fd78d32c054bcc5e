package content

// Template is the commented starting point `httpquiz deck new` writes: a deck
// of two scenarios that passes `httpquiz deck check` as it is.
const Template = `# An httpquiz deck: a YAML list of scenarios.
# Check it with:   httpquiz deck check my-deck.yaml
# Play it with:    httpquiz practice --deck my-deck.yaml   (add --with-builtin for the built-in bank too)
#
# Each scenario has:
#   id           unique and stable: letters, digits, '.', '_', '-' (answers are recorded by id)
#   topic        optional: groups scenarios (httpquiz practice --topic NAME)
#   prompt       one or two sentences that give the fact deciding the answer; end with a question
#   answer       the registered status code that fits
#   also_accept  optional: other codes accepted in genuinely debatable cases...
#   accept_note  ...and why they are accepted
#   explanation  why the answer fits, and why the nearest wrong code does not
#   tags         optional: drill groups (auth, redirects, client-errors, gone, gateways,
#                success) and your own labels
#   difficulty   1 easy, 2 medium, 3 hard

- id: orders-expired-token
  topic: our-api
  prompt: >-
    Our mobile app calls GET /orders with a bearer token that expired an hour ago.
    What should the orders API return?
  answer: 401
  explanation: >-
    The token no longer proves who the caller is, so the request is unauthenticated:
    401 Unauthorized, with a WWW-Authenticate header. 403 Forbidden would mean the
    caller is known and still refused.
  tags: [auth, api]
  difficulty: 1

- id: orders-cancel-shipped
  topic: our-api
  prompt: >-
    A customer sends POST /orders/81/cancel for an order that has already shipped;
    the request itself is well formed. What should the API answer?
  answer: 409
  also_accept: [422]
  accept_note: >-
    Some APIs report a business rule broken by valid content as 422; 409 says the
    request clashes with the order's current state.
  explanation: >-
    The request is fine but conflicts with the order's state: 409 Conflict. 400 Bad
    Request would blame the request's form, which is not the problem.
  tags: [client-errors, api]
  difficulty: 2
`
