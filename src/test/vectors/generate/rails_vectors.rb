# Runs Rails' cookie middleware (ActionDispatch::Cookies, Debian's actionpack) and prints the cookies it sets:
# encrypted and signed, with the key derivation of Rails 6.1 (PBKDF2-SHA1) and of 7.0's defaults (PBKDF2-SHA256).
require "action_dispatch"
require "active_support/all"
require "active_support/messages/rotation_configuration"
require "json"
require "openssl"
require "rack/mock"

SIGNED_AT = Time.at(1767225600).utc
SECRET = "4f3c2b1a" * 16 # a secret_key_base as `rails secret` makes them: 128 hex digits
VECTORS = []

def env_for(digest_class, cookie = nil)
  generator = ActiveSupport::CachingKeyGenerator.new(
    ActiveSupport::KeyGenerator.new(SECRET, iterations: 1000, hash_digest_class: digest_class))
  env = Rack::MockRequest.env_for("/")
  env.merge!(
    ActionDispatch::Cookies::GENERATOR_KEY => generator,
    ActionDispatch::Cookies::SECRET_KEY_BASE => SECRET,
    ActionDispatch::Cookies::SIGNED_COOKIE_SALT => "signed cookie",
    ActionDispatch::Cookies::ENCRYPTED_COOKIE_SALT => "encrypted cookie",
    ActionDispatch::Cookies::ENCRYPTED_SIGNED_COOKIE_SALT => "signed encrypted cookie",
    ActionDispatch::Cookies::AUTHENTICATED_ENCRYPTED_COOKIE_SALT => "authenticated encrypted cookie",
    ActionDispatch::Cookies::USE_AUTHENTICATED_COOKIE_ENCRYPTION => true,
    ActionDispatch::Cookies::ENCRYPTED_COOKIE_CIPHER => "aes-256-gcm",
    ActionDispatch::Cookies::SIGNED_COOKIE_DIGEST => "SHA1",
    ActionDispatch::Cookies::COOKIES_SERIALIZER => :json,
    ActionDispatch::Cookies::COOKIES_ROTATIONS => ActiveSupport::Messages::RotationConfiguration.new,
    ActionDispatch::Cookies::USE_COOKIES_WITH_METADATA => true)
  env["HTTP_COOKIE"] = cookie if cookie
  env
end

def set(digest_class)
  app = ->(env) {
    jar = ActionDispatch::Request.new(env).cookie_jar
    jar.encrypted[:_app_session] = { value: { "user_id" => 42, "flash" => "Welcome" } }
    jar.encrypted[:remember_token] = { value: "ada", expires: SIGNED_AT + 3650 * 86400 }
    jar.signed[:theme] = "dark"
    [200, {}, ["ok"]]
  }
  headers = ActionDispatch::Cookies.new(app).call(env_for(digest_class))[1]
  headers["Set-Cookie"].split("\n")
end

def read(digest_class, name, line)
  jar = ActionDispatch::Request.new(env_for(digest_class, line.split(";").first)).cookie_jar
  name == "theme" ? jar.signed[name] : jar.encrypted[name]
end

[["Rails 6.1 (PBKDF2-SHA1)", OpenSSL::Digest::SHA1], ["Rails 7.0 defaults (PBKDF2-SHA256)", OpenSSL::Digest::SHA256]]
  .each do |label, digest_class|

  lines = set(digest_class)
  lines.each do |line|
    name, rest = line.split("=", 2)
    signed = name == "theme"
    VECTORS << { framework: "actionpack #{ActionPack.version} (#{label})", case: "#{signed ? 'signed' : 'encrypted'} #{name}",
                 id: signed ? "rails-signed" : "rails-encrypted", setCookie: line, name: name,
                 value: rest.split(";").first, key: SECRET, payload: read(digest_class, name, line),
                 issuedAt: nil, expiresAt: name == "remember_token" ? (SIGNED_AT + 3650 * 86400).iso8601 : nil,
                 notBefore: nil, compressed: false,
                 algorithm: signed ? "HMAC-SHA1" : "AES-256-GCM", companion: nil,
                 keyDerivation: digest_class == OpenSSL::Digest::SHA1 ? "PBKDF2-SHA1" : "PBKDF2-SHA256" }
  end
end
puts JSON.pretty_generate(VECTORS)
